/**
 * S3 event sequencers are hex strings that order events for one key; two of them compare by
 * value, so the shorter is left-padded before a string comparison (as the S3 docs prescribe).
 */
const WIDTH = 32;

export function normalizeSequencer(sequencer: string): string {
  return sequencer.toUpperCase().padStart(WIDTH, '0');
}

export function compareSequencers(a: string, b: string): number {
  const x = normalizeSequencer(a);
  const y = normalizeSequencer(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The sequencer of a second write of what one event stored (its stories rejoined after a race,
 * lambdas/ingest/assign-stories.ts): after the event's own and before any later event's, so the
 * write protocol orders it like any event, and a redelivery of the event finds it applied.
 */
export function rewriteSequencer(sequencer: string): string {
  return `${normalizeSequencer(sequencer)}.1`;
}

/**
 * Sequencer of replayed events: lower than any S3 sequencer, so a replay only fills in objects the
 * table has never seen. An object already ingested answers "stale" (one strongly consistent read,
 * nothing written), and a live event for the same key always wins over a replay.
 */
export const REPLAY_SEQUENCER = '0000000000000001';

/**
 * Sequencer of an event asking for an object to be processed again over what is stored
 * (`npm run replay -- --refresh`, after an upgrade): ingestion takes the rewrite sequencer of the
 * event applied to the object instead, or, for an object never ingested, the replay sequencer.
 */
export const REFRESH_SEQUENCER = 'refresh';

/** The sequencer an event is applied under: its own, or for a refresh the one after the applied event's. */
export function effectiveSequencer(sequencer: string, applied: { sequencer: string } | null): string {
  if (sequencer !== REFRESH_SEQUENCER) return sequencer;
  return applied ? rewriteSequencer(applied.sequencer) : REPLAY_SEQUENCER;
}
