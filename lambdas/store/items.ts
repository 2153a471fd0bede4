import { gzipSync } from 'node:zlib';
import type { Entity, Fact } from '../extract/types.js';
import type { ArticleSummary, ObjectRef, ProcessedArticle, RejectedFile } from './article-store.js';
import { GSI1, GSI2, PK, SK, pad } from './keys.js';
import { nameKey } from './names.js';

export type Item = Record<string, unknown> & { pk: string; sk: string };

const TEXT_CHUNK_BYTES = 350_000;
const LIST_CHUNK_CHARS = 3_000;
const EVIDENCE_MAX = 1_000;

/** Sort date of an article: its publication date, or the day it arrived when it has none. */
export function sortDate(publishedAt: string | null, receivedAt: string): string {
  return publishedAt ?? receivedAt;
}

/**
 * Index date of a fact: the start of the time it refers to when that is a calendar date
 * (2021, 2022-01, 2022-01-20, 2022-W07), else the article's sort date.
 */
export function factSortDate(factDate: string | undefined, fallback: string): string {
  if (!factDate) return fallback;
  const week = /^(\d{4})-W(\d{2})$/.exec(factDate);
  if (week) {
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (Number(week[2]) - 1) * 7 * 86_400_000);
    return monday.toISOString().slice(0, 10);
  }
  const date = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(factDate);
  return date ? date[0] : fallback;
}

/** The entities a fact is about, and in which role: these feed /entities/{id}/facts and ?speaker=. */
export function factEntityRoles(fact: Fact): Array<[entityId: string, role: string]> {
  const roles: Array<[string, string]> = [];
  const add = (id: string | undefined, role: string) => id && roles.push([id, role]);
  switch (fact.type) {
    case 'quote': add(fact.speaker.entityId, 'speaker'); break;
    case 'role': add(fact.person, 'person'); add(fact.org, 'org'); break;
    case 'quantity': fact.subjects?.forEach((id) => add(id, 'subject')); break;
    case 'meeting': fact.participants.forEach((id) => add(id, 'participant')); break;
    case 'membership': fact.members.forEach((id) => add(id, 'member')); add(fact.of, 'group'); break;
    case 'agreement': fact.parties.forEach((id) => add(id, 'party')); break;
  }
  const seen = new Set<string>();
  return roles.filter(([id, role]) => !seen.has(id + role) && seen.add(id + role));
}

function chunkJson<T>(values: T[]): string[] {
  const chunks: string[] = [];
  let current: T[] = [];
  let size = 0;
  for (const v of values) {
    const s = JSON.stringify(v).length;
    if (current.length && size + s > LIST_CHUNK_CHARS) {
      chunks.push(JSON.stringify(current));
      current = [];
      size = 0;
    }
    current.push(v);
    size += s;
  }
  if (current.length) chunks.push(JSON.stringify(current));
  return chunks;
}

function summaryOf(
  articleId: string,
  ref: ObjectRef,
  receivedAt: string,
  fields: Partial<ArticleSummary>,
): ArticleSummary {
  return {
    articleId,
    key: ref.key,
    status: 'processed',
    title: null,
    publishedAt: null,
    receivedAt,
    source: null,
    sources: [],
    dateline: null,
    language: null,
    ...fields,
  };
}

/** Every item of one processed article, all stamped with the generation `ref.sequencer`. */
export function processedArticleItems(p: ProcessedArticle, ref: ObjectRef, receivedAt: string): Item[] {
  const { articleId, article, extraction } = p;
  const gen = ref.sequencer;
  const pk = PK.article(articleId);
  const date = sortDate(article.publishedAt, receivedAt);
  const listKey = `${date}#${articleId}`;
  const summary = summaryOf(articleId, ref, receivedAt, {
    title: article.title,
    publishedAt: article.publishedAt,
    source: article.source,
    sources: article.sources,
    dateline: article.dateline,
    language: article.language,
  });
  const items: Item[] = [];

  items.push({
    pk, sk: SK.articleMeta, gen, ...summary,
    bucket: ref.bucket, versionId: ref.versionId, url: article.url, author: article.author,
    submittedBy: article.submittedBy, format: article.format,
    counts: { entities: extraction.entities.length, facts: extraction.facts.length, timex: extraction.timex.length, quantities: extraction.quantities.length, characters: extraction.text.length },
    gsi1pk: GSI1.allArticles, gsi1sk: listKey,
    gsi2pk: GSI2.articlesWithStatus('processed'), gsi2sk: listKey,
  });

  const summaryJson = JSON.stringify(summary);
  for (const entity of extraction.entities) {
    items.push({
      pk, sk: SK.entity + entity.id, gen, entityId: entity.id,
      data: JSON.stringify(entity), summary: summaryJson, sourceKeys: article.sources.map(nameKey),
      gsi1pk: GSI1.entityArticles(entity.id), gsi1sk: listKey,
    });
  }
  for (const source of new Set(article.sources.map(nameKey).filter(Boolean))) {
    items.push({
      pk, sk: SK.sourceLink + source, gen, summary: summaryJson,
      gsi1pk: GSI1.sourceArticles(source), gsi1sk: listKey,
    });
  }

  extraction.facts.forEach((fact, i) => {
    const n = pad(i);
    const sentence = extraction.sentences[fact.sentence];
    const evidence = sentence ? extraction.text.slice(sentence.start, sentence.end).slice(0, EVIDENCE_MAX) : '';
    const record = JSON.stringify({ fact, articleId, publishedAt: article.publishedAt, sources: article.sources, evidence });
    const factKey = `${factSortDate(fact.date, date)}#${articleId}#${n}`;
    items.push({
      pk, sk: SK.fact + n, gen, data: record,
      gsi1pk: GSI1.factsOfType(fact.type), gsi1sk: factKey,
      gsi2pk: GSI2.allFacts, gsi2sk: factKey,
    });
    for (const [entityId, role] of factEntityRoles(fact)) {
      items.push({
        pk, sk: `${SK.entityFactLink}${entityId}#${n}`, gen, data: record, role,
        gsi1pk: GSI1.entityFacts(entityId), gsi1sk: `${fact.type}#${factKey}`,
      });
    }
  });

  chunkJson(extraction.timex).forEach((data, i) => items.push({ pk, sk: SK.timex + pad(i), gen, data }));
  chunkJson(extraction.quantities).forEach((data, i) => items.push({ pk, sk: SK.quantities + pad(i), gen, data }));

  const zipped = gzipSync(Buffer.from(extraction.text, 'utf8'));
  for (let i = 0, n = 0; i < zipped.length; i += TEXT_CHUNK_BYTES, n++) {
    items.push({ pk, sk: SK.text + pad(n), gen, gz: zipped.subarray(i, i + TEXT_CHUNK_BYTES) });
  }
  return items;
}

/** The one item that records a file that could not become an article. */
export function rejectedFileItems(r: RejectedFile, ref: ObjectRef, receivedAt: string): Item[] {
  const summary = summaryOf(r.articleId, ref, receivedAt, { status: 'rejected', error: r.error });
  const listKey = `${receivedAt}#${r.articleId}`;
  return [{
    pk: PK.article(r.articleId), sk: SK.articleMeta, gen: ref.sequencer, ...summary,
    bucket: ref.bucket, versionId: ref.versionId, url: null, author: null, submittedBy: null, format: null,
    gsi1pk: GSI1.allArticles, gsi1sk: listKey,
    gsi2pk: GSI2.articlesWithStatus('rejected'), gsi2sk: listKey,
  }];
}

/** Entity-level items (canonical record and name index) for one entity. */
export function entityNameItems(entity: Pick<Entity, 'id' | 'name' | 'type'>, keys: string[]): Item[] {
  return keys.map((key) => ({
    pk: PK.entity(entity.id), sk: SK.entityName + key, entityId: entity.id, name: entity.name, type: entity.type,
    gsi2pk: GSI2.names(key), gsi2sk: `${key}#${entity.id}`,
  }));
}
