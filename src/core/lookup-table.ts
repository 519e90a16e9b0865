/**
 * Word tables keyed by text taken from articles must not inherit Object's keys: a plain object
 * literal answers "constructor" or "toString" with a function. Tables built here have no prototype.
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
