/**
 * The element at an index the caller has already bounded (a loop up to `length`, a span's own
 * first and last token). `noUncheckedIndexedAccess` types every `list[i]` as possibly undefined;
 * this checks that once, where a cast would only hide the doubt.
 */
export function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`index ${index} is outside a list of ${list.length}`);
  return item;
}
