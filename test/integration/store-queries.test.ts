import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../lambdas/extract/entities/entity-id.js';
import type { Entity, Extraction, Fact } from '../../lambdas/extract/types.js';
import type { Article } from '../../lambdas/normalize/article.js';
import { articleText } from '../../lambdas/normalize/article.js';
import { createDynamoDbArticleStore } from '../../lambdas/store/dynamodb/dynamodb-article-store.js';
import { articleIdForKey } from '../../lambdas/store/ids.js';
import { integrationEnv } from './support/env.js';

const env = integrationEnv();
afterAll(() => env.destroy());
const store = createDynamoDbArticleStore({ client: env.dynamodb, tableName: env.tableName });

// A name unique to this run keeps the shared table's other tests out of the assertions.
const surname = `Zorvalek${randomUUID().slice(0, 6)}`;
const person = `Mira ${surname}`;
const personId = entityId(person, 'PERSON');
const orgId = entityId(`Orbix ${surname}`, 'ORGANIZATION');

function processed(day: string, title: string, body: string, names: Array<[string, Entity['type'], string[]]>, facts: (text: string) => Fact[]) {
  const article: Article = { title, body, publishedAt: day, source: 'Test Wire', sources: ['Test Wire'], dateline: null, language: 'en', url: null, author: null, submittedBy: null, format: 'text' };
  const text = articleText(article);
  const entities: Entity[] = names.map(([name, type, aliases]) => {
    const mentions = [name, ...aliases].flatMap((form) => [...text.matchAll(new RegExp(form, 'g'))].map((m) => ({ start: m.index!, end: m.index! + form.length, text: form })));
    return { id: entityId(name, type), name, type, aliases, mentions };
  });
  const extraction: Extraction = { text, sentences: [{ start: title.length + 2, end: text.length, tokenStart: 0, tokenEnd: 0 }], entities, timex: [], quantities: [], facts: facts(text) };
  return { article, extraction };
}

function quote(text: string, content: string, speaker: string, date?: string, speakerId = personId): Fact {
  const c = text.indexOf(content);
  const s = text.lastIndexOf(speaker);
  return { type: 'quote', sentence: 0, start: c, end: s + speaker.length, confidence: 0.9, direct: true, ...(date ? { date } : {}),
    speaker: { start: s, end: s + speaker.length, text: speaker, entityId: speakerId }, content: { start: c, end: c + content.length, text: content } };
}

// A fourth story, in 1999 where no other test writes, holds several facts of one type and date.
const talker = `Tova ${surname}`;
const talkerId = entityId(talker, 'PERSON');
const keys = [1, 2, 3, 4].map((n) => `incoming/store-${surname}/${n}.txt`);
beforeAll(async () => {
  const stories = [
    processed('2023-05-01', 'First', `"Growth is back," ${person} said.`, [[person, 'PERSON', []]], (t) => [quote(t, 'Growth is back,', person, '2023-04-30')]),
    processed('2023-06-01', 'Second', `${person} joined Orbix ${surname}. "We hire," ${surname} said.`, [[person, 'PERSON', [surname]], [`Orbix ${surname}`, 'ORGANIZATION', []]],
      (t) => [quote(t, 'We hire,', surname), { type: 'role', sentence: 0, start: 0, end: 10, confidence: 0.8, person: personId, title: 'adviser', org: orgId }]),
    processed('2023-07-01', 'Third', `Nothing about ${surname}s here.`, [], () => []),
    processed('1999-01-02', 'Fourth', `"One," ${talker} said. "Two," ${talker} said. "Three," ${talker} said.`, [[talker, 'PERSON', []], [`Orbix ${surname}`, 'ORGANIZATION', []]],
      (t) => [quote(t, 'One,', talker, undefined, talkerId), quote(t, 'Two,', talker, undefined, talkerId), quote(t, 'Three,', talker, undefined, talkerId),
        { type: 'role', sentence: 0, start: 0, end: 10, confidence: 0.8, person: talkerId, title: 'spokeswoman', org: orgId }]),
  ];
  for (const [i, story] of stories.entries()) {
    await store.replaceObject({ bucket: env.bucket, key: keys[i], versionId: null, sequencer: '01' }, await store.objectState(keys[i]), '2024-01-01T00:00:00Z',
      { articles: [{ articleId: articleIdForKey(keys[i]), ...story }] });
  }
});

describe('store queries on DynamoDB Local', () => {
  it('finds entities by any word prefix of a name or alias, case- and accent-insensitively', async () => {
    for (const q of [surname.slice(0, 5).toUpperCase(), `mira ${surname.slice(0, 3)}`, `Mírá ${surname}`]) {
      const found = await store.searchEntities(q, undefined, { limit: 20 });
      expect(found.items.map((e) => e.id)).toContain(personId);
    }
    const orgsOnly = await store.searchEntities(surname, 'ORGANIZATION', { limit: 20 });
    expect(orgsOnly.items.map((e) => e.id)).toEqual([orgId]);
  });

  it('describes an entity with its aliases, article count and first and last sighting', async () => {
    expect(await store.getEntity(personId)).toEqual({
      id: personId, name: person, type: 'PERSON', aliases: [surname], articleCount: 2, articleCountExact: true, storyCount: 2, firstSeen: '2023-05-01', lastSeen: '2023-06-01',
    });
    expect(await store.getEntity('per-nobody-at-all')).toBeNull();
  });

  it('stops counting an entity\'s articles at its newest entries and says the count is a lower bound', async () => {
    const capped = (entityDetailMaxEntries: number) => createDynamoDbArticleStore({ client: env.dynamodb, tableName: env.tableName, entityDetailMaxEntries });
    // Exactly as many entries as the cap: still exact.
    expect(await capped(2).getEntity(personId)).toMatchObject({ articleCount: 2, articleCountExact: true, firstSeen: '2023-05-01' });
    // One entry read: the newest article's name and aliases, the true first and last sighting.
    expect(await capped(1).getEntity(personId)).toEqual({
      id: personId, name: person, type: 'PERSON', aliases: [surname], articleCount: 1, articleCountExact: false, storyCount: 1, firstSeen: '2023-05-01', lastSeen: '2023-06-01',
    });
  });

  it('lists an entity\'s articles newest first, filtered by date', async () => {
    const all = await store.listEntityArticles(personId, { limit: 10 });
    expect(all.items.map((a) => a.title)).toEqual(['Second', 'First']);
    const may = await store.listArticles({ entity: personId, from: '2023-05-01', to: '2023-05-01' }, { limit: 10 });
    expect(may.items.map((a) => a.title)).toEqual(['First']);
  });

  it('returns facts with provenance by entity, type, speaker and fact date', async () => {
    const quotes = await store.listEntityFacts(personId, 'quote', { limit: 10 });
    expect(quotes.items.map((r) => (r.fact.type === 'quote' ? r.fact.content.text : ''))).toEqual(['We hire,', 'Growth is back,']);
    expect(quotes.items[1]).toMatchObject({ articleId: articleIdForKey(keys[0]), publishedAt: '2023-05-01', sources: ['Test Wire'], evidence: `"Growth is back," ${person} said.` });

    const roles = await store.listEntityFacts(orgId, undefined, { limit: 10 });
    expect(roles.items.map((r) => r.fact.type)).toEqual(['role', 'role']);

    const april = await store.listFacts({ speaker: personId, from: '2023-04-01', to: '2023-04-30' }, { limit: 10 });
    expect(april.items.map((r) => r.articleId)).toEqual([articleIdForKey(keys[0])]);
    expect((await store.listFacts({ speaker: personId, type: 'role' }, { limit: 10 })).items).toEqual([]);
  });

  it('pages through facts one at a time, inside one stored group and across fact types, without losing or repeating any', async () => {
    const collect = async (read: (cursor?: string) => Promise<{ items: { fact: Fact }[]; nextCursor: string | null }>) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 20; pages++) {
        const page = await read(cursor);
        expect(page.items.length).toBeLessThanOrEqual(1);
        seen.push(...page.items.map(({ fact }) => (fact.type === 'quote' ? fact.content.text : fact.type)));
        if (!page.nextCursor) return seen;
        cursor = page.nextCursor;
      }
      throw new Error('paging did not end');
    };
    const speaker = await collect((cursor) => store.listFacts({ speaker: talkerId }, { limit: 1, cursor }));
    expect(speaker).toEqual(['One,', 'Two,', 'Three,']);
    const inJanuary = await collect((cursor) => store.listFacts({ from: '1999-01-01', to: '1999-01-31' }, { limit: 1, cursor }));
    expect(inJanuary.sort()).toEqual(['One,', 'Three,', 'Two,', 'role'].sort());
    const all = await store.listFacts({ from: '1999-01-01', to: '1999-01-31' }, { limit: 10 });
    expect(all.items).toHaveLength(4);
    expect(all.nextCursor).toBeNull();
    const ofOrg = await collect((cursor) => store.listEntityFacts(orgId, 'role', { limit: 1, cursor }));
    expect(ofOrg).toEqual(['role', 'role']);
  });
});
