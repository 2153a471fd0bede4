// Normalization speed: median time of normalize() on news pages of about 10 KB, 100 KB and 1 MB
// shaped like real ones (the story a small share of the HTML), a text-heavy 100 KB page, and
// plain text and JSON of 100 KB. Medians over repeats after a warm-up, wall clock and CPU; the
// first HTML call (which loads linkedom and Readability lazily) is reported on its own.
// Self-contained: needs no corpora.
import { normalize } from '../../lambdas/normalize/index.js';
import { parseHtmlDocument } from '../../lambdas/normalize/markup.js';
import { buildNewsPage, fillerArticle, padPage } from './news-page-builder.js';

const encoder = new TextEncoder();

/** A page of about `bytes` shaped like real news pages: the story is a small share of the HTML
 * (about 15%, at least 4 KB and at most 60 KB of text); scripts, styles, icons and teaser markup
 * make up the rest. */
function typicalPage(bytes: number): Uint8Array {
  const textBytes = Math.min(60_000, Math.max(4_000, bytes * 0.15));
  const html = buildNewsPage({ title: 'Union talks resume as inflation eases', paragraphs: fillerArticle(textBytes, bytes), noise: teaserNoise(), layout: 0 });
  return encoder.encode(padPage(html, bytes));
}

/** A page that is nearly all story text: the worst case for the DOM and Readability. */
function textHeavyPage(bytes: number): Uint8Array {
  const paragraphs = fillerArticle(Math.max(bytes - 5_000, 2_000), bytes);
  return encoder.encode(buildNewsPage({ title: 'Union talks resume as inflation eases', paragraphs, noise: teaserNoise(), layout: 0 }));
}

function teaserNoise(): string[] {
  return fillerArticle(3_000, 7).map((p) => p.slice(0, 90));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall-clock and CPU milliseconds over `repeats` calls after two warm-up calls (CPU time
 * is the steadier figure on a machine shared with other work). */
function time(bytes: Uint8Array, fileName: string, repeats: number): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats + 2; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = normalize({ bytes, fileName });
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    if (!result.ok) throw new Error(`benchmark input rejected: ${result.error.code} ${result.error.message}`);
    if (i >= 2) {
      wall.push(elapsed);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export async function run(): Promise<Record<string, number>> {
  const pages = { '10kb': typicalPage(10_000), '100kb': typicalPage(100_000), '1mb': typicalPage(1_000_000) };
  const firstStart = performance.now();
  normalize({ bytes: pages['10kb'], fileName: 'first.html' });
  const results: Record<string, number> = { normalize_first_html_call_ms: performance.now() - firstStart };

  const cases: [string, Uint8Array, string, number][] = [
    ['html_10kb', pages['10kb'], 'page.html', 30],
    ['html_100kb', pages['100kb'], 'page.html', 15],
    ['html_1mb', pages['1mb'], 'page.html', 5],
    ['html_100kb_text_heavy', textHeavyPage(100_000), 'page.html', 15],
    ['text_100kb', encoder.encode(`Union talks resume\n\n${fillerArticle(100_000, 3).join('\n\n')}`), 'story.txt', 15],
    ['json_100kb', encoder.encode(JSON.stringify(Array.from({ length: 20 }, (_v, i) => ({ title: `Story ${i}`, body: fillerArticle(5_000, i + 11).join('\n\n'), publishedAt: '2024-01-05' })))), 'stories.json', 15],
  ];
  // The DOM parse alone (what every HTML normalization does first), to see where the time goes.
  const page100k = new TextDecoder().decode(pages['100kb']);
  const parseCpu: number[] = [];
  for (let i = 0; i < 17; i++) {
    const cpuStart = process.cpuUsage();
    parseHtmlDocument(page100k);
    const used = process.cpuUsage(cpuStart);
    if (i >= 2) parseCpu.push((used.user + used.system) / 1000);
  }
  results.normalize_html_100kb_dom_parse_cpu_ms = median(parseCpu);
  for (const [name, bytes, fileName, repeats] of cases) {
    const { wall, cpu } = time(bytes, fileName, repeats);
    results[`normalize_${name}_ms`] = wall;
    results[`normalize_${name}_cpu_ms`] = cpu;
  }
  return Object.fromEntries(Object.entries(results).map(([k, v]) => [k, Math.round(v * 100) / 100]));
}

// `npx tsx scripts/bench/normalize.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await run());
}
