import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { bandKeys, decodeSignature, verifiedMatches } from '../../extract/syndication/index.js';
import type { SimilarArticle } from '../article-store.js';
import { PK, SK } from './keys.js';
import { readBandCandidates } from './story-bands.js';
import type { Table } from './table.js';

/**
 * An article's near-duplicates, found the way ingestion finds them (its band keys, then the
 * signatures compared), so the answer holds copies stored before and after it alike, and never
 * one deleted or replaced since: band entries go with their generation.
 */
export async function similarArticles(table: Table, articleId: string, limit: number): Promise<{ storyId: string | null; items: SimilarArticle[] } | null> {
  const out = await table.db.send(new GetCommand({
    TableName: table.name, Key: { pk: PK.article(articleId), sk: SK.article }, ProjectionExpression: 'sg, sty',
  }));
  if (!out.Item) return null;
  const signature = decodeSignature(String(out.Item.sg ?? ''));
  if (!signature) return { storyId: null, items: [] };
  const candidates = (await readBandCandidates(table, bandKeys(signature))).filter((c) => c.articleId !== articleId);
  const summaries = new Map(candidates.map((c) => [c.articleId, c.summary]));
  const items = verifiedMatches(signature, candidates).slice(0, limit).map((m): SimilarArticle => ({
    article: summaries.get(m.articleId)!,
    storyId: m.storyId,
    similarity: round(m.jaccard),
    containment: round(m.containment),
    relation: m.relation!,
  }));
  return { storyId: String(out.Item.sty ?? articleId), items };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
