/** Binary search over a list in the order of the text, for the rules that must stay linear on long pages. */
import { itemAt } from './item-at';

/** Index of the first item whose position is at least `at` (the list's length when none is). */
export function firstAtOrAfter<T>(list: readonly T[], at: number, position: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (position(itemAt(list, mid)) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
