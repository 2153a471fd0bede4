import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';

export interface PlannedUpload {
  /** The file on disk. */
  path: string;
  /** Its S3 key (decoded). */
  key: string;
}

/**
 * The files behind PATH arguments and the key each gets: a file goes to `<prefix><its name>`; a
 * folder's files, found recursively, to `<prefix><path inside the folder>` (the keys
 * `aws s3 sync FOLDER s3://BUCKET/<prefix>` writes). Hidden files and folders (".DS_Store",
 * ".git") are skipped, and symbolic links to folders are not followed (no loops). Throws a
 * one-sentence Error for a missing path or two files that would get the same key.
 */
export async function collectUploads(paths: string[], prefix: string, cwd: string): Promise<PlannedUpload[]> {
  const planned: PlannedUpload[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`${given}: cannot read it (${error.code ?? error.message}).`);
    });
    if (info.isDirectory()) {
      for (const file of await filesUnder(path)) planned.push({ path: file, key: prefix + relative(path, file).split(sep).join('/') });
    } else planned.push({ path, key: prefix + basename(path) });
  }
  // The same file named twice is uploaded once; two files for one key are a mistake.
  const byKey = new Map<string, PlannedUpload>();
  for (const upload of planned) {
    const earlier = byKey.get(upload.key);
    if (earlier && earlier.path !== upload.path) throw new Error(`${earlier.path} and ${upload.path} would both be uploaded as ${upload.key}.`);
    byKey.set(upload.key, earlier ?? upload);
  }
  return [...byKey.values()];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile())) files.push(path);
  }
  return files;
}
