// The corpora the bench reads, by path only (never copied into the repository).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../../lambdas/normalize/index.js';
import type { Article } from '../../lambdas/normalize/article.js';

export interface CorpusFile {
  path: string;
  /** Name relative to the corpus folder, e.g. "business/001.txt". */
  name: string;
}

export function bbcDir(dataDir: string): string {
  return join(dataDir, 'bbc-news-fulltext');
}

export function reutersDir(dataDir: string): string {
  return join(dataDir, 'reuters21578');
}

/** Every BBC story file, in a stable order (topic, then file name). */
export function bbcFiles(dataDir: string): CorpusFile[] {
  const root = bbcDir(dataDir);
  if (!existsSync(root)) return [];
  const files: CorpusFile[] = [];
  for (const topic of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(root, topic)).filter((f) => f.endsWith('.txt')).sort()) {
      files.push({ path: join(root, topic, file), name: `${topic}/${file}` });
    }
  }
  return files;
}

/** Every `step`-th element, so a sample spreads over all topics instead of taking the first one. */
export function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]);
}

export function normalizeFile(path: string, name: string): Article[] {
  const result = normalize({ bytes: readFileSync(path), fileName: name });
  return result.ok ? result.articles : [];
}

export function bbcArticles(dataDir: string, count: number): Article[] {
  return spread(bbcFiles(dataDir), count).flatMap((f) => normalizeFile(f.path, f.name));
}

/**
 * Reuters-21578 stories with a body, through the project's normalizer (it reads the SGML), in
 * file order; a minimal <BODY> parser stands in if the normalizer ever rejects a file.
 */
export function reutersArticles(dataDir: string, count: number): Article[] {
  const root = reutersDir(dataDir);
  if (!existsSync(root)) return [];
  const files = readdirSync(root).filter((f) => /^reut2-\d+\.sgm$/.test(f)).sort();
  const out: Article[] = [];
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    const result = normalize({ bytes, fileName: file });
    const articles = result.ok ? result.articles : parseReutersBodies(bytes.toString('latin1'));
    for (const article of articles) {
      if (article.body.length >= 200) out.push(article);
      if (out.length >= count) return out;
    }
  }
  return out;
}

function parseReutersBodies(sgml: string): Article[] {
  const articles: Article[] = [];
  for (const match of sgml.matchAll(/<REUTERS[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
    const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(match[1])?.[1] ?? null;
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(match[1])?.[1];
    if (!body) continue;
    const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#\d+;/g, ' ').trim();
    articles.push({
      title: title ? decode(title) : null, body: decode(body), publishedAt: null, source: 'Reuters', sources: ['Reuters'],
      dateline: null, language: 'en', url: null, author: null, submittedBy: null, format: 'sgml',
    });
  }
  return articles;
}

/** The sample article shipped with the tests, or the one in ../shared/samples. */
export function sampleArticlePath(repoRoot: string, dataDir: string): string | null {
  const fixtures = join(repoRoot, 'test/fixtures');
  const candidates: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (/^caracas-.*\.txt$/.test(entry.name)) candidates.push(join(dir, entry.name));
    }
  };
  walk(fixtures);
  walk(join(dataDir, '..', 'samples'));
  return candidates.sort()[0] ?? null;
}
