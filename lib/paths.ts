import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the clone lives (this file is lib/paths.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The trained NER model the ingest function loads at run time (copied next to index.mjs). */
export const NER_MODEL_DIR = resolve(REPO_ROOT, 'lambdas/extract/entities/model');
