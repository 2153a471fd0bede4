import { ALLOWED, canEnd } from '../../../lambdas/extract/entities/labels.js';

// Linear-chain CRF loss over BILOU labels (Lafferty et al. 2001; the sentence-level likelihood of
// Collobert et al. 2011): only sequences BILOU allows count, as Viterbi decodes them.
// transitions: (L + 1) × L, row L the sentence start — the layout viterbi() reads.

/**
 * −log P(gold | scores) for one sentence, and its gradients: dScores (n × L) and, added into
 * dTransitions, the transitions' gradient.
 */
export function crfLoss(scores: Float32Array, n: number, L: number, transitions: Float32Array, gold: Uint8Array, dScores: Float32Array, dTransitions: Float32Array): number {
  const alpha = new Float64Array(n * L).fill(-Infinity);
  const beta = new Float64Array(n * L).fill(-Infinity);
  for (let y = 0; y < L; y++) if (ALLOWED[L * L + y]) alpha[y] = transitions[L * L + y] + scores[y];
  const terms = new Float64Array(L);
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let k = 0;
      for (let p = 0; p < L; p++) if (ALLOWED[p * L + y] && alpha[(i - 1) * L + p] > -Infinity) terms[k++] = alpha[(i - 1) * L + p] + transitions[p * L + y];
      if (k) alpha[i * L + y] = logSumExp(terms, k) + scores[i * L + y];
    }
  }
  for (let y = 0; y < L; y++) if (canEnd(y)) beta[(n - 1) * L + y] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < L; p++) {
      let k = 0;
      for (let y = 0; y < L; y++) {
        const b = beta[(i + 1) * L + y];
        if (ALLOWED[p * L + y] && b > -Infinity) terms[k++] = transitions[p * L + y] + scores[(i + 1) * L + y] + b;
      }
      if (k) beta[i * L + p] = logSumExp(terms, k);
    }
  }
  let k = 0;
  for (let y = 0; y < L; y++) if (alpha[(n - 1) * L + y] > -Infinity && beta[(n - 1) * L + y] === 0) terms[k++] = alpha[(n - 1) * L + y];
  const logZ = logSumExp(terms, k);
  let goldScore = transitions[L * L + gold[0]] + scores[gold[0]];
  for (let i = 1; i < n; i++) goldScore += transitions[gold[i - 1] * L + gold[i]] + scores[i * L + gold[i]];
  for (let i = 0; i < n; i++) {
    for (let y = 0; y < L; y++) {
      const m = alpha[i * L + y] + beta[i * L + y];
      dScores[i * L + y] = (m > -Infinity ? Math.exp(m - logZ) : 0) - (gold[i] === y ? 1 : 0);
    }
  }
  for (let y = 0; y < L; y++) if (ALLOWED[L * L + y]) dTransitions[L * L + y] += dScores[y];
  for (let i = 1; i < n; i++) {
    for (let p = 0; p < L; p++) {
      const a = alpha[(i - 1) * L + p];
      if (a === -Infinity) continue;
      for (let y = 0; y < L; y++) {
        if (!ALLOWED[p * L + y]) continue;
        const b = beta[i * L + y];
        if (b === -Infinity) continue;
        dTransitions[p * L + y] += Math.exp(a + transitions[p * L + y] + scores[i * L + y] + b - logZ);
      }
    }
    dTransitions[gold[i - 1] * L + gold[i]] -= 1;
  }
  return logZ - goldScore;
}

function logSumExp(v: Float64Array, k: number): number {
  let max = -Infinity;
  for (let i = 0; i < k; i++) if (v[i] > max) max = v[i];
  let sum = 0;
  for (let i = 0; i < k; i++) sum += Math.exp(v[i] - max);
  return max + Math.log(sum);
}
