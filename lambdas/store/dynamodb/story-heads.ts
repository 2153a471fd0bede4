import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mapConcurrent } from '../map-concurrent.js';
import { PK, parseIndexSortKey, type ItemKey } from './keys.js';
import { queryAll, type Table } from './table.js';

const STORY_PREFIX = PK.story('');
const HEADS_IN_FLIGHT = 8;
/** Copies read, oldest first, to find the one that heads a story whose head went. */
const COPIES_READ = 25;

/**
 * Keeps a story in the story list when the copy heading it goes (issue 19). A story's head is the
 * list entry its first copy wrote (in that copy's manifest) or one this moved to another copy (in
 * no manifest, under that copy's story-entry sort key). Called with the entries a cleanup has just
 * deleted: the heads among them, and the list entry under each deleted story entry's sort key
 * (deleted here, when there is one), are the heads gone; a story that lost its head, still has
 * copies and does not hold its first copy (whose own entry lists it) is headed by its oldest copy.
 * Two cleanups of one story at once can both write a head; the list reads its copies anyway.
 */
export async function keepStoriesListed(table: Table, deleted: ItemKey[]): Promise<void> {
  const headsGone = new Set(deleted.filter((k) => k.pk === PK.stories).map((k) => parseIndexSortKey(k.sk).articleId));
  const listed = new Set(deleted.filter((k) => k.pk === PK.stories).map((k) => k.sk));
  const copiesGone = deleted.filter((k) => k.pk.startsWith(STORY_PREFIX) && !listed.has(k.sk));
  await mapConcurrent(copiesGone, HEADS_IN_FLIGHT, async (copy) => {
    const out = await table.db.send(new DeleteCommand({ TableName: table.name, Key: { pk: PK.stories, sk: copy.sk }, ReturnValues: 'ALL_OLD' }));
    if (out.Attributes) headsGone.add(copy.pk.slice(STORY_PREFIX.length));
  });
  await mapConcurrent([...headsGone], HEADS_IN_FLIGHT, async (storyId) => {
    const copies = await queryAll(table, {
      KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': PK.story(storyId) }, ProjectionExpression: 'sk, gen', ConsistentRead: true,
    }, COPIES_READ);
    if (copies.length === 0 || copies.some((c) => parseIndexSortKey(c.sk).articleId === storyId)) return;
    const [oldest] = copies;
    await table.db.send(new PutCommand({ TableName: table.name, Item: { pk: PK.stories, sk: oldest.sk, gen: oldest.gen, sty: storyId } }));
  });
}
