// The off-the-shelf baseline the time tagger is compared with: chrono-node's casual English parser
// on the whole text, each result written as a TIMEX3 at the granularity chrono is certain of.
import * as chrono from 'chrono-node';
import type { Timex } from '../../../lambdas/extract/types.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function chronoTimex(text: string, publishedAt: string): Timex[] {
  const reference = new Date(`${publishedAt.slice(0, 10)}T12:00:00Z`);
  return chrono.parse(text, reference).map((r) => {
    const c = r.start;
    let value = String(c.get('year'));
    if (c.isCertain('month') || c.isCertain('day')) value += `-${pad(c.get('month')!)}`;
    if (c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(c.get('day')!)}`;
    const timed = c.isCertain('hour');
    if (timed) value = `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
    return { start: r.index, end: r.index + r.text.length, text: r.text, type: timed ? 'TIME' : 'DATE', value };
  });
}
