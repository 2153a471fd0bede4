import { ALLOWED, NUM_LABELS, canEnd } from './labels.js';

const L = NUM_LABELS;
/** For each label, the labels that may precede it (BILOU), so the inner loop skips the rest. */
const PREVIOUS: Int32Array[] = Array.from({ length: L }, (_, y) => {
  const prev: number[] = [];
  for (let p = 0; p < L; p++) if (ALLOWED[p * L + y]) prev.push(p);
  return Int32Array.from(prev);
});

let scratch = { score: new Float64Array(L), next: new Float64Array(L), back: new Uint8Array(64 * L) };

/**
 * Best BILOU-valid label sequence. `emissions` holds n × NUM_LABELS scores; `transitions` holds
 * (NUM_LABELS + 1) × NUM_LABELS scores, row NUM_LABELS being the sentence start.
 */
export function viterbi(emissions: Float64Array | Float32Array, n: number, transitions: Float64Array | Float32Array): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (scratch.back.length < n * L) scratch = { ...scratch, back: new Uint8Array(2 * n * L) };
  let { score, next } = scratch;
  const back = scratch.back;
  for (let y = 0; y < L; y++) {
    score[y] = ALLOWED[L * L + y] ? emissions[y] + transitions[L * L + y] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      const prev = PREVIOUS[y];
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < prev.length; k++) {
        const p = prev[k];
        const s = score[p] + transitions[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      next[y] = best + emissions[i * L + y];
      back[i * L + y] = arg;
    }
    const swap = score;
    score = next;
    next = swap;
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    if (canEnd(y) && score[y] > best) {
      best = score[y];
      arg = y;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}
