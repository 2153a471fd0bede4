import type { ArticleStore } from '../article-store.js';
import { DynamoDbArticleReader, type DynamoDbArticleReaderOptions } from './article-reader.js';
import { DynamoDbArticleWriter, type DynamoDbArticleWriterOptions } from './article-writer.js';

export type DynamoDbArticleStoreOptions = DynamoDbArticleReaderOptions & DynamoDbArticleWriterOptions;

/**
 * Both ports on one table, for the tools and tests that write and read back (redrive, chaos,
 * bench). The Lambda handlers each construct only the side they use.
 */
export function createDynamoDbArticleStore(options: DynamoDbArticleStoreOptions): ArticleStore {
  const reader = new DynamoDbArticleReader(options);
  const writer = new DynamoDbArticleWriter(options);
  return {
    objectState: (key) => writer.objectState(key),
    openObject: (key, bands) => writer.openObject(key, bands),
    replaceObject: (ref, expected, receivedAt, result, replaceOptions) => writer.replaceObject(ref, expected, receivedAt, result, replaceOptions),
    deleteObject: (ref, expected) => writer.deleteObject(ref, expected),
    settleObject: (ref, expected) => writer.settleObject(ref, expected),
    storyCandidates: (bands, candidateOptions) => writer.storyCandidates(bands, candidateOptions),
    getArticle: (articleId, articleOptions) => reader.getArticle(articleId, articleOptions),
    listArticles: (filter, page) => reader.listArticles(filter, page),
    searchEntities: (query, type, page) => reader.searchEntities(query, type, page),
    getEntity: (entityId) => reader.getEntity(entityId),
    listEntityArticles: (entityId, page) => reader.listEntityArticles(entityId, page),
    listEntityFacts: (entityId, type, page) => reader.listEntityFacts(entityId, type, page),
    listFacts: (filter, page) => reader.listFacts(filter, page),
    listCoMentions: (entityId, coMentionOptions) => reader.listCoMentions(entityId, coMentionOptions),
    listSimilar: (articleId, similarOptions) => reader.listSimilar(articleId, similarOptions),
    listStories: (filter, page) => reader.listStories(filter, page),
  };
}
