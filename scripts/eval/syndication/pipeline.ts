// The domain code the eval measures, gathered in one place.
export { bandKeys, bandSketch, mayBeOneStory, sameStory, signatureOf, verifiedMatches, type StoryCandidate, type StoryRelation, type StorySignature } from '../../../lambdas/extract/syndication/index.js';
export { BANDS, MIN_SHINGLES, shingleHashes as shingleHashesForEval, figureTokens } from '../../../lambdas/extract/syndication/signature.js';
export { articleText } from '../../../lambdas/normalize/article.js';
export { normalizeReutersSgml } from '../../../lambdas/normalize/reuters-sgml.js';
