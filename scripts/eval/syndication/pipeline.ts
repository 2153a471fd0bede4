// The domain code the eval measures, gathered in one place.
export { bandKeys, sameStory, signatureOf, verifiedMatches, type StoryCandidate, type StoryRelation, type StorySignature } from '../../../lambdas/extract/syndication/index.js';
export { shingleHashes as shingleHashesForEval } from '../../../lambdas/extract/syndication/signature.js';
