import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../lambdas/extract/entities/entity-id.js';
import type { Entity, Extraction } from '../../lambdas/extract/types.js';
import { articleText, type Article } from '../../lambdas/normalize/article.js';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { integrationEnv } from './support/env.js';

// Co-mentions on DynamoDB Local: counted from the article records the timeline points at.
const env = integrationEnv();
afterAll(() => env.destroy());
const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName: env.tableName });

const tag = randomUUID().slice(0, 6);
const [anchor, partner, rare] = [`Ilse Quandor${tag}`, `Brask Holdings${tag}`, `Ovo Pell${tag}`];
const anchorId = entityId(anchor, 'PERSON');
const partnerId = entityId(partner, 'ORGANIZATION');
const rareId = entityId(rare, 'PERSON');

function story(day: string, names: [string, Entity['type']][]) {
  const body = `${names.map(([n]) => n).join(' and ')} met on ${day}.`;
  const article: Article = { title: `Meeting ${day}`, body, publishedAt: day, source: 'Test Wire', sources: ['Test Wire'], dateline: null, language: 'en', url: null, author: null, submittedBy: null, format: 'text' };
  const text = articleText(article);
  const entities: Entity[] = names.map(([name, type]) => {
    const start = text.indexOf(name);
    return { id: entityId(name, type), name, type, aliases: [], mentions: [{ start, end: start + name.length, text: name }] };
  });
  const extraction: Extraction = { text, sentences: [], entities, timex: [], quantities: [], facts: [] };
  return { article, extraction };
}

beforeAll(async () => {
  const stories = [
    story('2021-04-01', [[anchor, 'PERSON'], [partner, 'ORGANIZATION']]),
    story('2021-04-02', [[anchor, 'PERSON'], [partner, 'ORGANIZATION'], [rare, 'PERSON']]),
    story('2021-04-03', [[anchor, 'PERSON'], [partner, 'ORGANIZATION']]),
  ];
  for (const [i, s] of stories.entries()) {
    const key = `incoming/co-mentions-${tag}/${i}.txt`;
    await store.replaceObject({ bucket: env.bucket, key, versionId: null, sequencer: '01' }, await store.objectState(key), '2024-01-01T00:00:00Z',
      { articles: [{ articleId: articleIdForKey(key), ...s }] });
  }
});

describe('co-mentions on DynamoDB Local', () => {
  it('ranks the entities named with one by shared articles', async () => {
    expect(await store.listCoMentions(anchorId, { limit: 10, window: 100 })).toEqual({
      items: [
        { id: partnerId, name: partner, type: 'ORGANIZATION', articleCount: 3 },
        { id: rareId, name: rare, type: 'PERSON', articleCount: 1 },
      ],
      articlesRead: 3,
      complete: true,
    });
  });

  it('counts only the newest articles of the window and says the count is partial', async () => {
    const newestTwo = await store.listCoMentions(rareId, { limit: 10, window: 1 });
    expect(newestTwo).toMatchObject({ articlesRead: 1, complete: true });
    const partial = await store.listCoMentions(anchorId, { limit: 1, window: 2 });
    expect(partial).toEqual({ items: [{ id: partnerId, name: partner, type: 'ORGANIZATION', articleCount: 2 }], articlesRead: 2, complete: false });
  });

  it('answers null for an entity no article names', async () => {
    expect(await store.listCoMentions(`per-nobody-${tag}`, { limit: 10, window: 100 })).toBeNull();
  });
});
