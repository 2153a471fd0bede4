// `npm run --silent extract -- FILE...` (docs/CONTRACTS.md, extraction CLI): one NDJSON line per input file, in input
// order, on stdout and nothing else there; a file holding several articles (JSON array, NDJSON,
// feed) gives one line per article, each with the same `file` and a `part` number (1-based).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { extract } from '../lambdas/extract/index.js';
import { normalize } from '../lambdas/normalize/index.js';
import { parseCliArgs } from './cli/cli-args.js';

const USAGE = `Usage: npm run --silent extract -- FILE...
  Normalizes and extracts each file (text, HTML, JSON, feeds, Reuters SGML, gzip of any) and prints one
  JSON object per file (per article for files holding several) on stdout, one per line, in input order:
  the article, its text, entities, time expressions, quantities and facts (docs/CONTRACTS.md).`;

type Line = Record<string, unknown>;

/** The NDJSON objects for one file. Never throws: every problem becomes an `ok: false` line. */
async function extractFile(file: string): Promise<Line[]> {
  let bytes: Uint8Array;
  try {
    // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
    bytes = await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'read failed');
    return [{ file, ok: false, error: { code: 'READ_ERROR', message: `The file cannot be read: ${reason}.` } }];
  }
  try {
    const normalized = normalize({ bytes, fileName: file });
    if (!normalized.ok) return [{ file, ok: false, error: normalized.error }];
    const { articles } = normalized;
    return articles.map((article, index) => {
      const { text, entities, timex, quantities, facts } = extract(article);
      const line: Line = { file, ok: true };
      if (articles.length > 1) line.part = index + 1;
      return Object.assign(line, { article, text, entities, timex, quantities, facts });
    });
  } catch (err) {
    // A bug in normalization or extraction must not stop the other files.
    return [{ file, ok: false, error: { code: 'INTERNAL_ERROR', message: `Extraction failed: ${err instanceof Error ? err.message : String(err)}` } }];
  }
}

async function writeLine(line: Line): Promise<void> {
  const chunk = JSON.stringify(line) + '\n';
  if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  // stdout carries the NDJSON only: anything else a module might print goes to stderr.
  for (const method of ['log', 'info', 'debug'] as const) console[method] = (...parts: unknown[]) => console.error(...parts);
  // A closed pipe (e.g. `| head`) ends the run quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  for (const file of files) {
    for (const line of await extractFile(file)) await writeLine(line);
  }
  return 0;
}

// A file whose name starts with "-" is given after "--" or as ./-name.
process.exitCode = await main(parseCliArgs(USAGE, { options: {}, allowPositionals: true }).positionals);
