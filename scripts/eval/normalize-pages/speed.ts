// Back-to-back speed of normalize() on the bench's 100 KB and 1 MB pages, for one checkout of the code:
//   npx tsx scripts/eval/normalize-pages/speed.ts [--root DIR] [--data DIR]
// Run it for this checkout and for another one (`git archive <commit> | tar -x -C /tmp/old`, with
// /tmp/old/node_modules linked to this one's), in turns, to compare two versions under the same
// load. Prints the median process CPU time of 15 calls per page, after 2 warm-up calls.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article, NormalizeInput, NormalizeResult } from '../../../lambdas/normalize/article.js';
import { buildNewsPage, padPage } from '../../bench/news-page-builder.js';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const { values } = parseArgs({ options: { root: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log('Usage: npx tsx scripts/eval/normalize-pages/speed.ts [--root DIR] [--data DIR]');
  process.exit(0);
}
const root = resolve(values.root ?? repo);
const bbc = join(resolve(values.data ?? process.env.NEWSFACTS_DATA ?? join(repo, '../shared/data')), 'bbc-news-fulltext');
if (!existsSync(bbc)) {
  console.error(`BBC News full text not found at ${bbc}: pass --data DIR (the research corpora).`);
  process.exit(1);
}
const { normalize } = (await import(join(root, 'lambdas/normalize/index.ts'))) as { normalize: (input: NormalizeInput) => NormalizeResult };

// Every 37th story: the main story of each page and its furniture come from different sections.
const files = readdirSync(bbc, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(bbc, d.name)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(bbc, d.name, f)))
  .filter((_f, i) => i % 37 === 0)
  .slice(0, 60);
const articles: Article[] = files.flatMap((file) => {
  const result = normalize({ bytes: readFileSync(file), fileName: 'story.txt' });
  return result.ok ? [result.articles[0]] : [];
});
const paragraphs = (a: Article) => a.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const noise = (others: Article[]) => others.slice(0, 60).map((a) => paragraphs(a)[0]?.split(/(?<=\.)\s/)[0] ?? '');
const encoder = new TextEncoder();

const pages: { label: string; bytes: Uint8Array }[] = [0, 1, 2].map((k) => {
  const main = articles[k];
  const others = [...articles.slice(k + 1), ...articles.slice(0, k)];
  const html = buildNewsPage({ title: main.title ?? '', paragraphs: paragraphs(main), noise: noise(others), layout: 0 });
  return { label: `typical ${k + 1}`, bytes: encoder.encode(padPage(html, 100 * 1024, others.map((a) => ({ headline: a.title ?? '', text: paragraphs(a)[0] ?? '' })))) };
});
{
  const main = articles[0];
  const html = buildNewsPage({ title: main.title ?? '', paragraphs: paragraphs(main), noise: noise(articles.slice(1)), layout: 0 });
  pages.push({ label: 'typical 1 MB', bytes: encoder.encode(padPage(html, 1024 * 1024, articles.slice(1).map((a) => ({ headline: a.title ?? '', text: paragraphs(a)[0] ?? '' })))) });
}
let size = 0;
const heavy = articles.flatMap(paragraphs).filter((p) => (size += p.length + 2) <= 95 * 1024);
pages.push({ label: 'text-heavy', bytes: encoder.encode(buildNewsPage({ title: articles[0].title ?? '', paragraphs: heavy, noise: noise(articles.slice(1)), layout: 0 })) });

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
for (let i = 0; i < 2; i++) normalize({ bytes: pages[0].bytes, fileName: 'page.html' });
const line = pages.map(({ label, bytes }) => {
  const times: number[] = [];
  for (let r = 0; r < 15; r++) {
    const start = cpuMs();
    normalize({ bytes, fileName: 'page.html' });
    times.push(cpuMs() - start);
  }
  times.sort((a, b) => a - b);
  return `${label} (${Math.round(bytes.length / 1024)} KB) ${times[7].toFixed(1)} ms`;
});
console.log(`${root}: ${line.join(' | ')}`);
