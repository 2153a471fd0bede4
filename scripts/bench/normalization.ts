// Section 2: normalization of HTML news pages of 10 KB, 100 KB and 1 MB.
import { normalize } from '../../lambdas/normalize/index.js';
import { parseHtmlDocument } from '../../lambdas/normalize/markup.js';
import { runAreaModule } from './area-module.js';
import { bbcArticles } from './corpora.js';
import { buildHtmlPage } from './html-pages.js';
import { fmt, kb, median, table, timeMs, type BenchContext, type SectionResult } from './report.js';

const SIZES = [
  { label: '10 KB', bytes: 10 * 1024, iterations: 40 },
  { label: '100 KB', bytes: 100 * 1024, iterations: 8 },
  { label: '1 MB', bytes: 1024 * 1024, iterations: 2 },
];
const ROUNDS = 5;
const PAGES_PER_SIZE = 3;

export async function benchNormalization(ctx: BenchContext): Promise<SectionResult> {
  const stories = bbcArticles(ctx.dataDir, 400);
  if (stories.length < 50) throw new Error('too few BBC stories to build pages from');
  const rows: (string | number)[][] = [];
  const figures: SectionResult['figures'] = {};
  for (const size of SIZES) {
    // A few different pages per size, each around a different main story.
    const pages = Array.from({ length: PAGES_PER_SIZE }, (_, p) => {
      const main = stories[p * 7];
      const others = stories.filter((s) => s !== main).slice(p * 30);
      return buildHtmlPage(main, others, size.bytes);
    });
    const inputs = pages.map((page, p) => ({ bytes: Buffer.from(page.html, 'utf8'), fileName: `page-${p}.html`, lead: page.lead }));
    const kept = inputs.every((input) => {
      const result = normalize({ bytes: input.bytes, fileName: input.fileName });
      return result.ok && result.articles[0].body.includes(input.lead.slice(0, 80));
    });
    // Warm-up, then rounds alternating the baseline (DOM parse only) and the whole normalization.
    for (const input of inputs) normalize({ bytes: input.bytes, fileName: input.fileName });
    const normalizeMs: number[] = [];
    const parseMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const input of inputs) {
        parseMs.push(timeMs(() => { for (let i = 0; i < size.iterations; i++) parseHtmlDocument(input.bytes.toString('utf8')); }) / size.iterations);
        normalizeMs.push(timeMs(() => { for (let i = 0; i < size.iterations; i++) normalize({ bytes: input.bytes, fileName: input.fileName }); }) / size.iterations);
      }
    }
    const meanBytes = inputs.reduce((a, i) => a + i.bytes.length, 0) / inputs.length;
    const ms = median(normalizeMs);
    const baseline = median(parseMs);
    ctx.log(`normalization: ${size.label} pages ${fmt(ms, 2)} ms`);
    rows.push([size.label, kb(meanBytes), fmt(ms, 2), fmt(meanBytes / 1024 / 1024 / (ms / 1000), 1), fmt(baseline, 2), `${fmt(ms / baseline, 2)}×`, kept ? 'yes' : '**no**']);
    const key = size.label.replace(' ', '').toLowerCase();
    figures[`normalize_html_${key}_ms`] = Number(ms.toFixed(3));
    figures[`parse_html_${key}_ms`] = Number(baseline.toFixed(3));
  }
  const area = await runAreaModule(ctx, 'normalize').catch((error: Error) => ({ present: false, figures: {}, markdown: `scripts/bench/normalize.ts failed: \`${error.message.split('\n')[0]}\`.` }));
  for (const [name, value] of Object.entries(area.figures)) figures[`area_normalize_${name}`] = value;
  const markdown = [
    `\`normalize({ bytes, fileName })\` (lambdas/normalize) on synthetic news pages built from BBC stories`,
    '(scripts/bench/html-pages.ts): one main story in an `<article>`, JSON-LD and Open Graph metadata, and,',
    'to reach the size, the furniture that makes real pages big: teaser lists, reader comments and an',
    `inline JSON state script. ${PAGES_PER_SIZE} pages per size, median per page over ${ROUNDS} rounds. Baseline: parsing the`,
    'same page into a DOM with linkedom alone (`parseHtmlDocument`), which every HTML normalization does first.',
    '',
    table(['page', 'mean size', 'normalize ms', 'MB/s', 'DOM parse ms (baseline)', 'normalize / parse', 'main story kept'], rows),
    '',
    '### Area benchmark (scripts/bench/normalize.ts)',
    '',
    area.markdown,
  ].join('\n');
  return { title: 'Normalization of HTML pages', markdown, figures };
}
