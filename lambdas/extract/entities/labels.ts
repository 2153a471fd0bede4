// BILOU labels over the four CoNLL classes, and the transitions BILOU allows.
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerClass = (typeof CLASSES)[number];
const PARTS = ['B', 'I', 'L', 'U'] as const;

/** Label 0 is O; label 1 + 4·class + part is B/I/L/U of that class. */
export const LABELS: string[] = ['O', ...CLASSES.flatMap((c) => PARTS.map((p) => `${p}-${c}`))];
export const NUM_LABELS = LABELS.length;

export const labelOf = (part: 'B' | 'I' | 'L' | 'U', cls: number): number => 1 + 4 * cls + PARTS.indexOf(part);
export const partOf = (label: number): 'O' | 'B' | 'I' | 'L' | 'U' => (label === 0 ? 'O' : PARTS[(label - 1) % 4]);
export const classOf = (label: number): number => (label === 0 ? -1 : Math.floor((label - 1) / 4));

/** allowed[prev * NUM_LABELS + next]; prev = NUM_LABELS stands for the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const allowed = new Uint8Array((NUM_LABELS + 1) * NUM_LABELS);
  for (let prev = 0; prev <= NUM_LABELS; prev++) {
    for (let next = 0; next < NUM_LABELS; next++) {
      const pp = prev === NUM_LABELS ? 'O' : partOf(prev);
      const np = partOf(next);
      const open = pp === 'B' || pp === 'I';
      const ok = open ? (np === 'I' || np === 'L') && classOf(prev) === classOf(next) : np === 'O' || np === 'B' || np === 'U';
      allowed[prev * NUM_LABELS + next] = ok ? 1 : 0;
    }
  }
  return allowed;
})();

/** A label may close a sentence: O, L or U. */
export const canEnd = (label: number): boolean => {
  const p = partOf(label);
  return p === 'O' || p === 'L' || p === 'U';
};

export interface LabeledSpan {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  cls: number;
}

/** Spans of a BILOU sequence; tolerant of ill-formed input (an unclosed B… run ends where the class changes). */
export function spansOf(labels: ArrayLike<number>): LabeledSpan[] {
  const spans: LabeledSpan[] = [];
  let open = -1;
  let openCls = -1;
  for (let i = 0; i < labels.length; i++) {
    const part = partOf(labels[i]);
    const cls = classOf(labels[i]);
    if (open >= 0 && (part === 'O' || part === 'B' || part === 'U' || cls !== openCls)) {
      spans.push({ start: open, end: i, cls: openCls });
      open = -1;
    }
    if (part === 'U') spans.push({ start: i, end: i + 1, cls });
    else if (part === 'B' || ((part === 'I' || part === 'L') && open < 0)) {
      open = i;
      openCls = cls;
    }
    if (part === 'L' && open >= 0) {
      spans.push({ start: open, end: i + 1, cls: openCls });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: labels.length, cls: openCls });
  return spans;
}

/** BILOU labels for `length` tokens from spans (token indices). */
export function labelsOf(spans: LabeledSpan[], length: number): Uint8Array {
  const labels = new Uint8Array(length);
  for (const s of spans) {
    if (s.end - s.start === 1) labels[s.start] = labelOf('U', s.cls);
    else {
      labels[s.start] = labelOf('B', s.cls);
      for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = labelOf('I', s.cls);
      labels[s.end - 1] = labelOf('L', s.cls);
    }
  }
  return labels;
}
