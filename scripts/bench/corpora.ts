// The corpora the bench reads, by path only (never copied into the repository).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../../lambdas/extract/types.js';
import { normalize } from '../../lambdas/normalize/index.js';
import type { Article } from '../../lambdas/normalize/article.js';

export interface CorpusFile {
  path: string;
  /** Name relative to the corpus folder, e.g. "business/001.txt". */
  name: string;
}

/** Every BBC story file, in a stable order (topic, then file name). */
export function bbcFiles(dataDir: string): CorpusFile[] {
  const root = join(dataDir, 'bbc-news-fulltext');
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

/** Reuters-21578 stories with a body, through the project's normalizer (it reads the SGML), in file order. */
export function reutersArticles(dataDir: string, count: number): Article[] {
  const root = join(dataDir, 'reuters21578');
  if (!existsSync(root)) return [];
  const files = readdirSync(root).filter((f) => /^reut2-\d+\.sgm$/.test(f)).sort();
  const out: Article[] = [];
  for (const file of files) {
    const result = normalize({ bytes: readFileSync(join(root, file)), fileName: file });
    if (!result.ok) throw new Error(`${file}: ${result.error.code} ${result.error.message}`);
    for (const article of result.articles) {
      if (article.body.length >= 200) out.push(article);
      if (out.length >= count) return out;
    }
  }
  return out;
}

/** The entities of `extractions` with the number of articles naming each, most named first. */
export function mostNamedEntities(extractions: Extraction[]): { id: string; name: string; articles: number }[] {
  const byId = new Map<string, { id: string; name: string; articles: number }>();
  for (const { entities } of extractions) {
    for (const entity of entities) {
      const seen = byId.get(entity.id) ?? { id: entity.id, name: entity.name, articles: 0 };
      seen.articles++;
      byId.set(entity.id, seen);
    }
  }
  return [...byId.values()].sort((a, b) => b.articles - a.articles);
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
