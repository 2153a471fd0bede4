/**
 * Source-mapped stack traces without paying for them at cold start. `--enable-source-maps` makes
 * Node read and index the bundle's map while the module loads (measured at about 6 ms of the query
 * function's ~60 ms import, docs/BENCHMARKS.md); this reads the map the first time a stack is
 * formatted, i.e. only on the error path, and maps each frame in the bundle to its source file,
 * line and column. Installed only when the module runs from a bundle with a map next to it and
 * Node's own source-map support is off.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Maps stack frames of the bundle at `moduleUrl` (pass `import.meta.url`); returns whether it did. */
export function mapStackTracesLazily(moduleUrl: string): boolean {
  if (sourceMapsEnabled()) return false;
  const bundlePath = moduleUrl.startsWith('file:') ? fileURLToPath(moduleUrl) : moduleUrl;
  const mapPath = `${bundlePath}.map`;
  if (!existsSync(mapPath)) return false;

  let map: SourceMap | null | undefined;
  const sourceMap = (): SourceMap | null => {
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8')));
      } catch {
        map = null; // An unreadable map leaves the frames as they are.
      }
    }
    return map;
  };

  const inBundle = (file: string | undefined | null) => file === moduleUrl || file === bundlePath;
  const originalOf = (frame: NodeJS.CallSite) => {
    const line = frame.getLineNumber();
    const column = frame.getColumnNumber();
    if (!inBundle(frame.getFileName()) || line === null || column === null) return null;
    const entry = sourceMap()?.findEntry(line - 1, column - 1);
    // `name` (the identifier at that position) is in Node's entries since 20; the types lag.
    return entry && 'originalSource' in entry && entry.originalSource ? (entry as typeof entry & { name?: string }) : null;
  };
  Error.prepareStackTrace = (error, frames) => {
    let header: string;
    try {
      header = String(error);
    } catch {
      header = '<error>';
    }
    const lines = frames.map((frame, i) => {
      try {
        const found = originalOf(frame);
        if (!found) return `    at ${frame}`;
        // As Node does: the original name of a function is the name its caller's call site used.
        const caller = frames[i + 1] ? originalOf(frames[i + 1]) : null;
        const name = caller?.name || frame.getFunctionName() || frame.getMethodName();
        const at = `${shownSource(found.originalSource)}:${found.originalLine + 1}:${found.originalColumn + 1}`;
        return `    at ${frame.isAsync() ? 'async ' : ''}${name ? `${name} (${at})` : at}`;
      } catch {
        return `    at ${frame}`;
      }
    });
    return [header, ...lines].join('\n');
  };
  return true;
}

/** Sources are relative to where the bundle was built: drop the climb out, and anything before node_modules/. */
function shownSource(source: string): string {
  return source.replace(/^(?:\.\.\/)+/, '').replace(/^.*?(?=node_modules\/)/, '');
}

function sourceMapsEnabled(): boolean {
  // process.sourceMapsEnabled exists from Node 20.7; the flags are the fallback.
  const flag = (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled;
  if (flag !== undefined) return flag;
  return process.execArgv.includes('--enable-source-maps') || /--enable-source-maps/.test(process.env.NODE_OPTIONS ?? '');
}
