export { bandSketch, mayBeOneStory } from './band-sketch.js';
export { bandKeys, decodeSignature, encodeSignature, signatureOf, type StorySignature } from './signature.js';
export { compareSignatures, sameStory, type Similarity, type StoryRelation } from './similarity.js';
export { storyOf, verifiedMatches, type StoryCandidate, type StoryMatch } from './story.js';
