import { CLASSES } from '../../lambdas/extract/entities/labels.js';

/** Exact-match span scoring, per CoNLL class and overall (conlleval's definition). */
export class SpanScore {
  private readonly tp = new Array<number>(CLASSES.length).fill(0);
  private readonly fp = new Array<number>(CLASSES.length).fill(0);
  private readonly fn = new Array<number>(CLASSES.length).fill(0);

  add(predicted: { start: number; end: number; cls: number }[], gold: { start: number; end: number; cls: number }[]): void {
    const key = (s: { start: number; end: number; cls: number }) => `${s.start}:${s.end}:${s.cls}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const p of predicted) (goldKeys.has(key(p)) ? this.tp : this.fp)[p.cls]++;
    for (const g of gold) if (!predKeys.has(key(g))) this.fn[g.cls]++;
  }

  private static prf(tp: number, fp: number, fn: number) {
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return { precision: 100 * p, recall: 100 * r, f1: p + r ? (200 * p * r) / (p + r) : 0, support: tp + fn };
  }

  byClass() {
    return CLASSES.map((name, c) => ({ name, ...SpanScore.prf(this.tp[c], this.fp[c], this.fn[c]) }));
  }

  overall() {
    const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
    return SpanScore.prf(sum(this.tp), sum(this.fp), sum(this.fn));
  }

  report(): string {
    const row = (name: string, s: ReturnType<typeof SpanScore.prf>) =>
      `${name.padEnd(8)} ${s.precision.toFixed(2).padStart(6)} ${s.recall.toFixed(2).padStart(6)} ${s.f1.toFixed(2).padStart(6)} ${String(s.support).padStart(6)}`;
    return [`${'type'.padEnd(8)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(6)}`,
      ...this.byClass().map((s) => row(s.name, s)), row('overall', this.overall())].join('\n');
  }
}
