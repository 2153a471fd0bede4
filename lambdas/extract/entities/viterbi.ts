import { ALLOWED, NUM_LABELS, canEnd } from './labels.js';

/**
 * Best BILOU-valid label sequence. `emissions` holds n × NUM_LABELS scores; `transitions` holds
 * (NUM_LABELS + 1) × NUM_LABELS scores, row NUM_LABELS being the sentence start.
 */
export function viterbi(emissions: Float64Array | Float32Array, n: number, transitions: Float64Array | Float32Array): Uint8Array {
  const L = NUM_LABELS;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  let score = new Float64Array(L);
  let nextScore = new Float64Array(L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) {
    score[y] = ALLOWED[L * L + y] ? emissions[y] + transitions[L * L + y] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue;
        const s = score[p] + transitions[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      nextScore[y] = best + emissions[i * L + y];
      back[i * L + y] = arg;
    }
    [score, nextScore] = [nextScore, score];
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
