/** JSON with object keys sorted at every level, so the same data always gives the same bytes. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) out[k] = sortKeys(v);
    return out;
  }
  return value;
}

/** Plain code-unit comparison: locale-independent, so sort order never varies by machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}

/**
 * The whole file as stable JSON with one entity per line: every element of a top-level list and
 * every entry of a top-level map on a line of its own, so a regeneration's diff shows exactly
 * which people, acts or series changed. Still plain JSON.
 */
export function linedStringify(file: Record<string, unknown>): string {
  const lines: string[] = ['{'];
  const keys = Object.keys(file)
    .filter((k) => file[k] !== undefined)
    .sort(compareStrings);
  keys.forEach((key, i) => {
    const value = file[key];
    const comma = i < keys.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      lines.push(`${JSON.stringify(key)}:[`);
      value.forEach((item, j) => lines.push(`${stableStringify(item)}${j < value.length - 1 ? ',' : ''}`));
      lines.push(`]${comma}`);
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
      const entries = Object.keys(value).sort(compareStrings);
      lines.push(`${JSON.stringify(key)}:{`);
      entries.forEach((k, j) => lines.push(`${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}${j < entries.length - 1 ? ',' : ''}`));
      lines.push(`}${comma}`);
    } else {
      lines.push(`${JSON.stringify(key)}:${stableStringify(value)}${comma}`);
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
