/** ` (BINARY_DATA 1, EMPTY_FILE 2)` for these rejection codes, by code; '' for none. */
export function byCode(codes: string[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const parts = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, n]) => `${code} ${n}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}
