import { gunzipSync, gzipSync } from 'node:zlib';
import type { Entity, Fact, FactType, Quantity, Timex } from '../../extract/types.js';
import type { ArticleDetail, ArticleSummary, ObjectRef, ProcessedArticle, RejectedFile } from '../article-store.js';
import { GSI1, GSI2, PK, SK, indexSortKey, pad, type Item, type ItemKey } from './keys.js';
import { nameKey } from './names.js';
import { storyEntries, storyRecordAttributes } from './story-items.js';
import { fileNameEntries, titleEntries } from './title-items.js';

/** The record's inline document stays well under DynamoDB's 400 KB item limit; larger ones are chunked. */
const INLINE_DOC_BYTES = 300_000;
const DOC_CHUNK_BYTES = 350_000;
const EVIDENCE_MAX = 1_000;

/** What GET /articles/{id} returns beyond the summary, stored gzip-compressed on the article record. */
export interface ArticleDocument {
  entities: Entity[];
  facts: Fact[];
  timex: Timex[];
  quantities: Quantity[];
  text: string;
  /** HTML pages only, when the page has any (extension). */
  captions?: string[];
}

/** Details of the article record that listings do not need. */
export type ArticleMeta = Pick<ArticleDetail, 'bucket' | 'versionId' | 'url' | 'author' | 'submittedBy' | 'format' | 'extraction' | 'paywalled'> & {
  counts?: { entities: number; facts: number; timex: number; quantities: number; characters: number };
};

/** One fact inside a fact group, with the sentence it was read from. */
export interface StoredFact {
  fact: Fact;
  evidence: string;
}

/** Provenance shared by the facts of a group (docs/CONTRACTS.md, HTTP API: facts outside their article carry it). */
export interface FactProvenance {
  articleId: string;
  publishedAt: string | null;
  sources: string[];
  storyId?: string;
}

/**
 * An entity's link to one fact: fact type, the fact group's date and number (its sort key is
 * rebuilt with the link's own article and generation), index in the group, role.
 */
export type FactRef = [type: FactType, groupDate: string, groupNumber: string, index: number, role: string];

/**
 * Fact links as a timeline entry stores them (`f`): links that differ only in their index are one,
 * with the indexes in a list (six quotes of one speaker in one group are one link), so an entity
 * that takes part in many facts stays within one write unit longer. Entries written before hold
 * one link per index; both read alike (factRefsOf).
 */
export type StoredFactRef = [type: FactType, groupDate: string, groupNumber: string, index: number | number[], role: string];

export function storedFactRefs(refs: FactRef[]): StoredFactRef[] {
  const stored: StoredFactRef[] = [];
  for (const [type, date, group, index, role] of refs) {
    const last = stored.at(-1);
    if (last && last[0] === type && last[1] === date && last[2] === group && last[4] === role) last[3] = [...(Array.isArray(last[3]) ? last[3] : [last[3]]), index];
    else stored.push([type, date, group, index, role]);
  }
  return stored;
}

export function factRefsOf(stored: StoredFactRef[]): FactRef[] {
  return stored.flatMap(([type, date, group, index, role]) => (Array.isArray(index) ? index : [index]).map((i): FactRef => [type, date, group, i, role]));
}

/** A rejected file's items: no manifest when it has no entries (as before issue 17). */
export type RejectedFileItems = Omit<ArticleItems, 'manifest'> & { manifest: Item | null };

/** Everything one generation of one processed article writes. */
export interface ArticleItems {
  /** The commit point: written last, with a condition on its generation. */
  record: Item;
  /** Written first: the keys of `entries`, so any cleaner finds them even if this writer dies. */
  manifest: Item;
  /** Index entries in other partitions and document chunks, all keyed by generation. */
  entries: Item[];
}

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
  const add = (ids: Array<string | undefined>, role: string) => {
    for (const id of ids) if (id) roles.push([id, role]);
  };
  switch (fact.type) {
    case 'quote': add([fact.speaker.entityId], 'speaker'); break;
    case 'role': add([fact.person], 'person'); add([fact.org], 'org'); break;
    case 'quantity': add(fact.subjects ?? [], 'subject'); break;
    case 'meeting': add(fact.participants, 'participant'); break;
    case 'membership': add(fact.members, 'member'); add([fact.of], 'group'); break;
    case 'agreement': add(fact.parties, 'party'); break;
  }
  const seen = new Set<string>();
  return roles.filter(([id, role]) => !seen.has(id + role) && seen.add(id + role));
}

export const packJson = (value: unknown): Uint8Array => gzipSync(Buffer.from(JSON.stringify(value), 'utf8'));
export const unpackJson = <T>(bytes: Uint8Array): T => JSON.parse(gunzipSync(bytes).toString('utf8')) as T;

function summaryOf(articleId: string, ref: ObjectRef, receivedAt: string, fields: Partial<ArticleSummary>): ArticleSummary {
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

/** Facts one group holds at most: a very long article can hold thousands of one type and date,
 * and one item of them all outgrew DynamoDB's 400 KB (2 M characters of news: 500 KB of quotes). */
export const MAX_FACTS_PER_GROUP = 100;

/** Facts of one type and one index date, in article order: they share one item (or several of MAX_FACTS_PER_GROUP). */
function factGroups(facts: Fact[], articleDate: string): Array<{ type: FactType; date: string; indexes: number[] }> {
  const groups: Array<{ type: FactType; date: string; indexes: number[] }> = [];
  const open = new Map<string, { type: FactType; date: string; indexes: number[] }>();
  facts.forEach((fact, i) => {
    const date = factSortDate(fact.date, articleDate);
    const id = `${fact.type}\u0000${date}`;
    let group = open.get(id);
    if (!group || group.indexes.length >= MAX_FACTS_PER_GROUP) {
      group = { type: fact.type, date, indexes: [] };
      open.set(id, group);
      groups.push(group);
    }
    group.indexes.push(i);
  });
  return groups;
}

/** Every item of one processed article, all stamped with the generation `ref.sequencer`. */
export function processedArticleItems(p: ProcessedArticle, ref: ObjectRef, receivedAt: string): ArticleItems {
  const { articleId, article, extraction } = p;
  const gen = ref.sequencer;
  const date = sortDate(article.publishedAt, receivedAt);
  const summary = JSON.stringify(summaryOf(articleId, ref, receivedAt, {
    title: article.title,
    publishedAt: article.publishedAt,
    source: article.source,
    sources: article.sources,
    dateline: article.dateline,
    language: article.language,
  }));
  const sourceKeys = [...new Set(article.sources.map(nameKey).filter(Boolean))];
  const entries: Item[] = [];

  // Fact groups, and for each entity the facts it takes part in.
  const refs = new Map<string, FactRef[]>();
  const provenance = JSON.stringify({ articleId, publishedAt: article.publishedAt, sources: article.sources, ...(p.story ? { storyId: p.story.storyId } : {}) } satisfies FactProvenance);
  for (const group of factGroups(extraction.facts, date)) {
    const groupNumber = pad(group.indexes[0]);
    const sk = indexSortKey(group.date, articleId, gen, groupNumber);
    const stored: StoredFact[] = group.indexes.map((i) => {
      const fact = extraction.facts[i];
      const sentence = extraction.sentences[fact.sentence];
      return { fact, evidence: sentence ? extraction.text.slice(sentence.start, sentence.end).slice(0, EVIDENCE_MAX) : '' };
    });
    entries.push({ pk: PK.facts(group.type), sk, gen, p: provenance, z: packJson(stored) });
    stored.forEach(({ fact }, index) => {
      for (const [entityId, role] of factEntityRoles(fact)) {
        refs.set(entityId, [...(refs.get(entityId) ?? []), [group.type, group.date, groupNumber, index, role]]);
      }
    });
  }

  const entityIds = new Set<string>();
  for (const entity of extraction.entities) {
    if (entityIds.has(entity.id)) continue;
    entityIds.add(entity.id);
    const factRefs = refs.get(entity.id) ?? [];
    const tokens = new Set(factRefs.flatMap(([type, , , , role]) => [type, `${type}:${role}`]));
    entries.push({
      pk: PK.entity(entity.id), sk: indexSortKey(date, articleId, gen), gen, s: summary,
      nm: entity.name, ty: entity.type,
      ...(entity.aliases.length ? { al: entity.aliases } : {}),
      ...(sourceKeys.length ? { src: sourceKeys } : {}),
      ...(factRefs.length ? { f: JSON.stringify(storedFactRefs(factRefs)), ft: tokens } : {}),
      ...(p.story ? { sty: p.story.storyId } : {}),
    });
  }
  for (const source of sourceKeys) {
    entries.push({ pk: PK.source(source), sk: indexSortKey(date, articleId, gen), gen, s: summary });
  }
  if (p.story) entries.push(...storyEntries(p.story, indexSortKey(date, articleId, gen), gen, summary));
  entries.push(...titleEntries(article.title, date, articleId, gen, summary, sourceKeys));

  const doc: ArticleDocument = {
    entities: extraction.entities, facts: extraction.facts, timex: extraction.timex, quantities: extraction.quantities, text: extraction.text,
    ...(article.captions?.length ? { captions: article.captions } : {}),
  };
  const packed = packJson(doc);
  const inline = packed.length <= INLINE_DOC_BYTES;
  const chunks: Item[] = [];
  if (!inline) {
    for (let i = 0, n = 0; i < packed.length; i += DOC_CHUNK_BYTES, n++) {
      chunks.push({ pk: PK.article(articleId), sk: `${SK.docChunk}${gen}#${pad(n)}`, gen, z: packed.subarray(i, i + DOC_CHUNK_BYTES) });
    }
  }

  const meta: ArticleMeta = {
    bucket: ref.bucket, versionId: ref.versionId, url: article.url, author: article.author, submittedBy: article.submittedBy, format: article.format,
    // HTML pages only: a few bytes on the record, left out for other formats.
    ...(article.extraction ? { extraction: article.extraction } : {}),
    ...(article.paywalled !== undefined ? { paywalled: article.paywalled } : {}),
    counts: { entities: extraction.entities.length, facts: extraction.facts.length, timex: extraction.timex.length, quantities: extraction.quantities.length, characters: extraction.text.length },
  };
  const record: Item = {
    pk: PK.article(articleId), sk: SK.article, gen, st: 'processed', s: summary, m: JSON.stringify(meta),
    ...(inline ? { z: packed } : { zc: chunks.length }),
    ...(p.story ? storyRecordAttributes(p.story) : {}),
    gsi1pk: GSI1.allArticles, gsi1sk: `${date}#${articleId}`,
  };
  return { record, manifest: manifestItem(articleId, gen, entries.map(keyOf)), entries: [...entries, ...chunks] };
}

/**
 * What records a file that could not become an article: its record, and (issue 17) one
 * file-name entry per indexed word of its file name with their manifest, so that the next
 * generation or a deletion removes them like any article's entries.
 */
export function rejectedFileItems(r: RejectedFile, ref: ObjectRef, receivedAt: string): RejectedFileItems {
  const summary = summaryOf(r.articleId, ref, receivedAt, { status: 'rejected', error: r.error });
  const meta: ArticleMeta = { bucket: ref.bucket, versionId: ref.versionId, url: null, author: null, submittedBy: null, format: null };
  const listKey = `${receivedAt}#${r.articleId}`;
  const s = JSON.stringify(summary);
  const record: Item = {
    pk: PK.article(r.articleId), sk: SK.article, gen: ref.sequencer, st: 'rejected', s, m: JSON.stringify(meta),
    gsi1pk: GSI1.allArticles, gsi1sk: listKey,
    gsi2pk: GSI2.articlesWithStatus('rejected'), gsi2sk: listKey,
  };
  // A PROCESSING_FAILED record is replaced by a redelivery of the same event, under the same
  // generation: entries of that generation would survive the cleanup (which removes older ones
  // only), so such a file is found by its code and in the list, not by its name.
  const entries = r.error.code === 'PROCESSING_FAILED' ? [] : fileNameEntries(ref.key, receivedAt, r.articleId, ref.sequencer, s);
  // Its manifest has a key of its own: a same-event attempt that died after writing an article's
  // manifest keeps that one listed for the next generation's cleanup.
  const manifest = entries.length ? { ...manifestItem(r.articleId, ref.sequencer, entries.map(keyOf)), sk: `${SK.manifest}${ref.sequencer}#r` } : null;
  return { record, manifest, entries };
}

function manifestItem(articleId: string, gen: string, keys: ItemKey[]): Item {
  return { pk: PK.article(articleId), sk: `${SK.manifest}${gen}`, gen, z: packJson(keys.map((k) => [k.pk, k.sk])) };
}

/** The keys a manifest lists. */
export function manifestKeys(manifest: Item): ItemKey[] {
  return unpackJson<Array<[string, string]>>(manifest.z as Uint8Array).map(([pk, sk]) => ({ pk, sk }));
}

export const keyOf = (item: { pk: unknown; sk: unknown }): ItemKey => ({ pk: String(item.pk), sk: String(item.sk) });

/** Name index entries of one entity, one per search key; shared by all articles, never generation-stamped. */
export function entityNameItems(entity: Pick<Entity, 'id' | 'name' | 'type'>, keys: string[]): Item[] {
  return keys.map((key) => ({ pk: PK.names(key), sk: `${key}#${entity.id}`, eid: entity.id, nm: entity.name, ty: entity.type }));
}
