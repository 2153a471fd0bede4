import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoryCandidate } from '../../extract/syndication/index.js';
import type { Entity } from '../../extract/types.js';
import { standingOf, type ArticleWriter, type BandSearch, type CandidateReadOptions, type ObjectRef, type ObjectState, type OpenedObject, type ProcessedArticle, type RaceCheck, type RejectedFile, type ReplaceOptions, type StoryGuard, type WriteOutcome } from '../article-store.js';
import { articleIdForKey } from '../ids.js';
import { mapConcurrent } from '../map-concurrent.js';
import { normalizeSequencer } from '../sequencer.js';
import { batchWrite, type BatchWriteOptions, type WriteRequest } from './batch-write.js';
import { entityNameItems, keyOf, manifestKeys, processedArticleItems, rejectedFileItems, type ArticleItems, type RejectedFileItems } from './items.js';
import type { Item, ItemKey } from './keys.js';
import { PK, SK } from './keys.js';
import { searchKeys } from './names.js';
import { CANDIDATES_PER_BAND, candidatesInBands, newestInBand, readBandCandidates, type BandCandidate } from './story-bands.js';
import { keepStoriesListed } from './story-heads.js';
import { batchGet, queryAll, readPartitions, STATEMENT_KEYS_MAX, tableOf, type DynamoDbTableOptions, type Table } from './table.js';

export interface DynamoDbArticleWriterOptions extends DynamoDbTableOptions {
  batchWrite?: BatchWriteOptions;
}

interface ObjectRecord {
  sequencer: string;
  articleIds: string[];
  deleted?: boolean;
  /** The event kept failing: a redelivery of the same event may replace this record. */
  failed?: boolean;
  /** Articles whose older generations the writer of this record removes (again, on a redelivery). */
  cleanup?: string[];
  /** The committed sequencer this record replaced, as its writer last read it ('' for none). */
  replaced?: string;
}

/** Actions one TransactWriteItems may hold (DynamoDB's limit). */
const TRANSACTION_ITEMS_MAX = 100;
/** Sends of a guarded commit that other transactions on the same records keep cancelling. */
const GUARDED_COMMIT_ATTEMPTS = 4;
/** Single-item writes of article records in flight at once (puts at the commit, conditional deletes). */
const ARTICLE_RECORD_PUTS_IN_FLIGHT = 8;
/**
 * Items of one article partition a read shared with the race check allows for: its record, a
 * manifest or two, document chunks. A partition holding more is read again by Query.
 */
const ARTICLE_PARTITION_ITEMS = 10;
/** Article partitions a cleanup queries at once. */
const PARTITION_QUERIES_IN_FLIGHT = 8;
/** Name index keys this writer has seen stored (a warm function reuses it across events). */
const KNOWN_NAMES_LIMIT = 100_000;
/** The object record each state objectState issued was read from: the expectation its writes take. */
const recordsRead = new WeakMap<ObjectState, ObjectRecord | null>();

/**
 * The ArticleWriter port on one DynamoDB table: the generation-stamped write protocol of
 * docs/DATA-MODEL.md ("Writes"), and the cache of name index keys known to be stored.
 */
export class DynamoDbArticleWriter implements ArticleWriter {
  private readonly table: Table;
  private readonly batchOptions: BatchWriteOptions;
  /** Name index entries are never deleted, so once seen they need no further lookup. */
  private readonly knownNames = new Set<string>();

  constructor(options: DynamoDbArticleWriterOptions) {
    this.table = tableOf(options);
    this.batchOptions = options.batchWrite ?? {};
  }

  async objectState(key: string): Promise<ObjectState> {
    return stateOf(key, await this.objectRecord(key));
  }

  /**
   * The object record and the band keys of the file's first articles in one strongly consistent
   * statement (the record's partition holds the record alone); the candidates' records are then
   * read as for any search, eventually consistent.
   */
  async openObject(key: string, searches: BandSearch[]): Promise<OpenedObject> {
    const recordKey = PK.object(articleIdForKey(key));
    let held = 0;
    let keys = 1;
    for (const { bands } of searches) {
      if (keys + bands.length > STATEMENT_KEYS_MAX) break;
      held++;
      keys += bands.length;
    }
    const bandKeys = [...new Set(searches.slice(0, held).flatMap((s) => s.bands))].map((band) => PK.band(band));
    const read = bandKeys.length ? await readPartitions(this.table, [recordKey, ...bandKeys], { consistent: true, projection: '*', limit: 1 + bandKeys.length * CANDIDATES_PER_BAND }) : null;
    if (!read) return { state: await this.objectState(key), candidates: searches.map((s) => (s.bands.length ? null : [])) };
    const record = (read.get(recordKey)?.find((item) => item.sk === SK.objectRecord) as ObjectRecord | undefined) ?? null;
    const candidates = await Promise.all(searches.map((search, i) => (i < held ? this.candidatesIn(read, search) : null)));
    return { state: stateOf(key, record), candidates };
  }

  async storyCandidates(bands: string[], options: CandidateReadOptions = {}): Promise<StoryCandidate[]> {
    return withoutSummaries(await readBandCandidates(this.table, bands, options));
  }

  /** A search's candidates in partitions a shared statement read (readPartitions). */
  private async candidatesIn(read: Map<string, Item[]>, { bands, ...options }: BandSearch & CandidateReadOptions): Promise<StoryCandidate[]> {
    return withoutSummaries(await candidatesInBands(this.table, bands.map((band) => newestInBand(read.get(PK.band(band)) ?? [])), options));
  }

  /**
   * Writes one generation of an object (docs/DATA-MODEL.md, "Writes"): manifests, then the index
   * entries in batches (their keys hold the generation, so no other writer's items can be
   * overwritten), then each article record under a generation condition (the commit point),
   * then the object record; finally the older generations are removed. With story guards, the
   * article records and the guards' checks are one transaction.
   */
  async replaceObject(
    ref: ObjectRef,
    expected: ObjectState,
    receivedAt: string,
    result: { articles: ProcessedArticle[] } | { rejected: RejectedFile },
    options: ReplaceOptions = {},
  ): Promise<WriteOutcome> {
    const previous = expectedRecord(expected, ref);
    const gen = normalizeSequencer(ref.sequencer);
    const stamped = { ...ref, sequencer: gen };
    const failed = 'rejected' in result && result.rejected.error.code === 'PROCESSING_FAILED';

    const written: Array<ArticleItems | RejectedFileItems> = 'rejected' in result
      ? [rejectedFileItems(result.rejected, stamped, receivedAt)]
      : result.articles.map((a) => processedArticleItems(a, stamped, receivedAt));
    const records = written.map((w) => w.record);
    const articleIds = records.map((r) => JSON.parse(r.s as string).articleId as string);

    // A cleaner that runs while this writer is between these steps finds the entries through the
    // manifest, which lands first and goes last.
    await this.write(written.flatMap((w) => (w.manifest ? [put(w.manifest)] : [])));
    const names = 'articles' in result ? await this.newNameItems(result.articles.flatMap((a) => a.extraction.entities)) : [];
    await this.write([...written.flatMap((w) => w.entries), ...names].map(put));
    for (const name of names) this.rememberName(`${name.pk}\u0000${name.sk}`);

    let replaced = previous;
    try {
      if (options.storyGuards?.length) await this.putRecordsGuarded(records, gen, options.storyGuards);
      // Side by side: a file of a thousand articles would otherwise wait on a thousand round trips.
      else await mapConcurrent(records, ARTICLE_RECORD_PUTS_IN_FLIGHT, (record) => this.table.db.send(new PutCommand({ TableName: this.table.name, Item: record, ...recordCondition(gen) })));
      replaced = await this.commitObjectRecord(ref.key, previous, { sequencer: gen, articleIds, failed, cleanup: union(articleIds, previous?.articleIds ?? []) });
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException || error instanceof CommitConditionFailed)) throw error;
      // The SDK retried a put whose first attempt was applied but whose answer was lost: ours.
      if (!(await this.recordIs(ref.key, gen, articleIds))) {
        // A newer event won the race: take back what this one wrote.
        await this.takeBack(written, articleIds, gen);
        return 'stale';
      }
    }
    const graves = uncommittedAfter(replaced?.sequencer ?? '', gen);
    await this.deleteGenerations(articleIds, '<', gen, graves, options.raceCheck);
    const released = union(previous?.articleIds ?? [], replaced?.articleIds ?? []).filter((id) => !articleIds.includes(id));
    await this.deleteGenerations(released, '<=', gen, graves);
    return 'applied';
  }

  async deleteObject(ref: ObjectRef, expected: ObjectState): Promise<WriteOutcome> {
    const previous = expectedRecord(expected, ref);
    const gen = normalizeSequencer(ref.sequencer);
    const doomed = union(previous?.articleIds ?? [], [articleIdForKey(ref.key)]);
    let replaced = previous;
    try {
      replaced = await this.commitObjectRecord(ref.key, previous, { sequencer: gen, articleIds: [], deleted: true, cleanup: doomed });
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      if (!(await this.recordIs(ref.key, gen, []))) return 'stale';
    }
    await this.deleteGenerations(union(doomed, replaced?.articleIds ?? []), '<', gen, uncommittedAfter(replaced?.sequencer ?? '', gen));
    return 'applied';
  }

  async settleObject(ref: ObjectRef, expected: ObjectState): Promise<void> {
    const record = recordsRead.get(expected);
    const event = normalizeSequencer(ref.sequencer);
    if (expected.key !== ref.key || record === undefined) throw new Error(`settleObject: the state given for ${ref.key} was not read by this writer's objectState.`);
    if (!record || record.sequencer < event) return;
    // A stale event's own generation goes entirely: its writer is gone (this is its redelivery).
    const graves = record.replaced === undefined ? undefined : (itemGen: string) => itemGen !== event && uncommittedAfter(record.replaced!, record.sequencer)(itemGen);
    // The object's own partition too: an older writer that died after its article record landed
    // (racing this event) left items there that no later write would remove.
    await this.deleteGenerations(union(record.cleanup ?? [], [articleIdForKey(ref.key)]), '<', record.sequencer, graves);
  }

  /**
   * The article records and the guards' checks in one transaction: all land or none. A guard that
   * no longer holds fails it as a newer event's record would fail a put, and the caller takes back
   * what it wrote. A transaction cancelled because another one held the same items (the racing
   * copy's, checking this copy's record) is sent again after a pause: by then the other has
   * committed or given up, and the conditions decide.
   */
  private async putRecordsGuarded(records: Item[], gen: string, guards: StoryGuard[]): Promise<void> {
    if (records.length + guards.length > TRANSACTION_ITEMS_MAX) throw new Error(`A guarded write holds at most ${TRANSACTION_ITEMS_MAX} records and guards; this one has ${records.length + guards.length}.`);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.table.db.send(new TransactWriteCommand({
          TransactItems: [
            ...records.map((record) => ({ Put: { TableName: this.table.name, Item: record, ...recordCondition(gen) } })),
            ...guards.map((guard) => ({
              ConditionCheck: {
                TableName: this.table.name, Key: { pk: PK.article(guard.articleId), sk: SK.article }, ConditionExpression: 'sty = :sty', ExpressionAttributeValues: { ':sty': guard.storyId },
              },
            })),
          ],
        }));
        return;
      } catch (error) {
        const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
        const failed = reasons.some((r) => r.Code === 'ConditionalCheckFailed');
        const conflicted = reasons.some((r) => r.Code === 'TransactionConflict');
        if (conflicted && !failed && attempt < GUARDED_COMMIT_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * 2 ** attempt));
          continue;
        }
        if (failed || conflicted) throw new CommitConditionFailed('A story guard or a record condition failed.', { cause: error });
        throw error;
      }
    }
  }

  /**
   * Deletes what this generation wrote: the entries it knows (a newer event's cleanup may have
   * removed its manifest while it was still writing), then whatever its manifests still list.
   */
  private async takeBack(written: Array<Pick<ArticleItems, 'entries'>>, articleIds: string[], gen: string): Promise<void> {
    await this.write(written.flatMap((w) => w.entries.map(keyOf)).map(del));
    await this.deleteGenerations(articleIds, '=', gen);
  }

  /** Whether the object record is this generation's, with these articles (its put landed). */
  private async recordIs(key: string, gen: string, articleIds: string[]): Promise<boolean> {
    const record = await this.objectRecord(key);
    return record?.sequencer === gen && record.articleIds.length === articleIds.length && record.articleIds.every((id, i) => id === articleIds[i]);
  }

  private async objectRecord(key: string): Promise<ObjectRecord | null> {
    const out = await this.table.db.send(new GetCommand({
      TableName: this.table.name, Key: { pk: PK.object(articleIdForKey(key)), sk: SK.objectRecord }, ConsistentRead: true,
    }));
    return (out.Item as ObjectRecord | undefined) ?? null;
  }

  /**
   * Puts the object record if its event is newer than the stored one, and returns the record it
   * replaced. That can be newer than the one the event was decided on (`expected`): another event
   * committed while this one was being extracted. Its articles are then added to the record's
   * cleanup list and its sequencer noted as the one replaced, so that a redelivery after a crash
   * right here still removes what that record held.
   */
  private async commitObjectRecord(key: string, expected: ObjectRecord | null, record: Omit<ObjectRecord, 'replaced'> & { cleanup: string[] }): Promise<ObjectRecord | null> {
    const Key = { pk: PK.object(articleIdForKey(key)), sk: SK.objectRecord };
    const out = await this.table.db.send(new PutCommand({
      TableName: this.table.name,
      Item: { ...Key, key, ...record, replaced: expected?.sequencer ?? '', updatedAt: new Date().toISOString() },
      ConditionExpression: 'attribute_not_exists(sequencer) OR sequencer < :gen OR (sequencer = :gen AND failed = :true)',
      ExpressionAttributeValues: { ':gen': record.sequencer, ':true': true },
      ReturnValues: 'ALL_OLD',
    }));
    const replaced = (out.Attributes as ObjectRecord | undefined) ?? null;
    const unlisted = (replaced?.articleIds ?? []).filter((id) => !record.cleanup.includes(id));
    if ((replaced?.sequencer ?? '') !== (expected?.sequencer ?? '') || unlisted.length > 0) {
      try {
        await this.table.db.send(new UpdateCommand({
          TableName: this.table.name,
          Key,
          UpdateExpression: 'SET cleanup = :cleanup, replaced = :replaced',
          ConditionExpression: 'sequencer = :gen',
          ExpressionAttributeValues: { ':cleanup': union(record.cleanup, unlisted), ':replaced': replaced?.sequencer ?? '', ':gen': record.sequencer },
        }));
      } catch (error) {
        // A newer event committed since: its writer cleans up after this one.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    return replaced;
  }

  /**
   * Removes, from the given articles, every generation standing in `relation` to `gen`: the
   * entries each such generation's manifest lists, its document chunks, then the manifest (unless
   * `graves` keeps it: see uncommittedAfter), and its article record under the same relation as a
   * condition (a newer commit in between stays).
   */
  private async deleteGenerations(articleIds: string[], relation: '<' | '=' | '<=', gen: string, graves?: (itemGen: string) => boolean, raceCheck?: RaceCheck): Promise<void> {
    const doomed = (itemGen: string) => (relation === '<' ? itemGen < gen : relation === '=' ? itemGen === gen : itemGen <= gen);
    const entries: ItemKey[] = [];
    const manifests: ItemKey[] = [];
    const records: ItemKey[] = [];
    const partitions = await this.articlePartitions(articleIds, raceCheck);
    for (const items of partitions) {
      for (const item of items) {
        if (!doomed(String(item.gen ?? ''))) continue;
        if (item.sk === SK.article) records.push(keyOf(item));
        else if (item.sk.startsWith(SK.manifest)) {
          if (!graves?.(String(item.gen))) manifests.push(keyOf(item));
          entries.push(...manifestKeys(item));
        } else entries.push(keyOf(item));
      }
    }
    await this.write(entries.map(del));
    // Before the manifests go: a redelivery after a crash here finds the heads through them again.
    await keepStoriesListed(this.table, entries);
    await this.write(manifests.map(del));
    await mapConcurrent(records, ARTICLE_RECORD_PUTS_IN_FLIGHT, async (Key) => {
      try {
        await this.table.db.send(new DeleteCommand({
          TableName: this.table.name, Key, ConditionExpression: `gen ${relation} :gen`, ExpressionAttributeValues: { ':gen': gen },
        }));
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    });
  }

  /**
   * Every item of the articles' partitions (strongly consistent), and the race check's band keys
   * answered from the same statement when they fit one (the race check then costs no request of
   * its own), else read beside the partitions' queries.
   */
  private async articlePartitions(articleIds: string[], raceCheck?: RaceCheck): Promise<Item[][]> {
    const articleKeys = articleIds.map((articleId) => PK.article(articleId));
    const bandKeys = [...new Set(raceCheck?.reads.flatMap((r) => r.bands) ?? [])].map((band) => PK.band(band));
    if (raceCheck && bandKeys.length > 0) {
      const read = await readPartitions(this.table, [...articleKeys, ...bandKeys], {
        consistent: true, projection: 'pk, sk, gen, z, h', limit: articleKeys.length * ARTICLE_PARTITION_ITEMS + bandKeys.length * CANDIDATES_PER_BAND,
      });
      if (read) {
        raceCheck.answer(await Promise.all(raceCheck.reads.map((r) => this.candidatesIn(read, { ...r, consistent: true }))));
        return articleKeys.map((key) => read.get(key) ?? []);
      }
    }
    const [partitions, answers] = await Promise.all([
      // Side by side: a file of many articles would otherwise wait on one query each.
      mapConcurrent(articleKeys, PARTITION_QUERIES_IN_FLIGHT, (key) =>
        queryAll(this.table, { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': key }, ProjectionExpression: 'pk, sk, gen, z', ConsistentRead: true }),
      ),
      raceCheck && mapConcurrent(raceCheck.reads, PARTITION_QUERIES_IN_FLIGHT, ({ bands, ...options }) => (bands.length ? this.storyCandidates(bands, { ...options, consistent: true }) : Promise.resolve([]))),
    ]);
    if (raceCheck && answers) raceCheck.answer(answers);
    return partitions;
  }

  /**
   * The name index is shared by all articles: only search keys not yet stored are written (a
   * BatchGetItem first), so an entity already known costs no writes.
   */
  private async newNameItems(entities: Entity[]): Promise<Item[]> {
    const candidates = new Map<string, Item>();
    for (const entity of entities) {
      for (const item of entityNameItems(entity, searchKeys([entity.name, ...entity.aliases]))) {
        const id = `${item.pk}\u0000${item.sk}`;
        if (!this.knownNames.has(id)) candidates.set(id, item);
      }
    }
    for (const found of await batchGet(this.table, [...candidates.values()].map(keyOf), { projection: 'pk, sk' })) {
      candidates.delete(`${found.pk}\u0000${found.sk}`);
      this.rememberName(`${found.pk}\u0000${found.sk}`);
    }
    return [...candidates.values()];
  }

  private rememberName(id: string): void {
    if (this.knownNames.size >= KNOWN_NAMES_LIMIT) this.knownNames.clear();
    this.knownNames.add(id);
  }

  private write(requests: WriteRequest[]): Promise<void> {
    return batchWrite(this.table.db, this.table.name, requests, this.batchOptions);
  }
}

/**
 * Generations between the record a commit replaced and the commit itself never committed: their
 * writers may still be writing, or died and will be redelivered. A cleanup deletes what their
 * manifests list but keeps the manifests, so that what such a writer still puts in stays listed
 * for its take-back, its redelivery, or the object's next commit after this one (which finds the
 * generation older than the record it replaces; docs/DATA-MODEL.md, "Writes").
 */
function uncommittedAfter(replaced: string, committed: string): (itemGen: string) => boolean {
  return (itemGen) => itemGen > replaced && itemGen < committed;
}

/** A state for the record read (null: none), remembered as issued by this writer. */
function stateOf(key: string, record: ObjectRecord | null): ObjectState {
  const state: ObjectState = { key, applied: record && { sequencer: record.sequencer, failed: record.failed === true } };
  recordsRead.set(state, record);
  return state;
}

const withoutSummaries = (candidates: BandCandidate[]): StoryCandidate[] => candidates.map(({ summary: _summary, ...candidate }) => candidate);

/**
 * The record behind the state a write was given, checked against the event: ingestion decides on
 * the state, and a write for an event it does not apply is a caller's mistake, not a race.
 */
function expectedRecord(expected: ObjectState, ref: ObjectRef): ObjectRecord | null {
  const record = recordsRead.get(expected);
  if (expected.key !== ref.key || record === undefined) throw new Error(`The state given for ${ref.key} was not read by this writer's objectState.`);
  if (standingOf(expected, ref.sequencer) !== 'apply') throw new Error(`The event ${ref.sequencer} for ${ref.key} does not apply over the state it was given.`);
  return record;
}

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** A guarded commit's transaction was cancelled by a condition: the write lost, as to a newer event. */
class CommitConditionFailed extends Error {}

/** An article record lands over an older generation of it or none, never over a newer one. */
function recordCondition(gen: string) {
  return { ConditionExpression: 'attribute_not_exists(gen) OR gen <= :gen', ExpressionAttributeValues: { ':gen': gen } };
}

const put = (Item: Item): WriteRequest => ({ PutRequest: { Item } });
const del = (Key: ItemKey): WriteRequest => ({ DeleteRequest: { Key } });
