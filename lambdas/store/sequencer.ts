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
