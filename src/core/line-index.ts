/**
 * The line an offset of a text stands on, found by binary search over the text's line breaks,
 * so that rules asking it for every name or number stay linear on a page of long lines.
 */
import { firstAtOrAfter } from './sorted-search';

let cachedText: string | null = null;
let cachedBreaks: number[] = [];

function breaksOf(text: string): number[] {
  if (text !== cachedText) {
    const breaks: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
    cachedText = text;
    cachedBreaks = breaks;
  }
  return cachedBreaks;
}

/** True when only spaces and tabs stand between the start of its line and `offset`: what is there opens the line. */
export function opensItsLine(text: string, offset: number): boolean {
  return text.slice(lineAround(text, offset).start, offset).trim() === '';
}

/** Start (after the line break before `offset`) and end (the next line break, or the text's end) of its line. */
export function lineAround(text: string, offset: number): { start: number; end: number } {
  const breaks = breaksOf(text);
  // First break at or after `offset`.
  const lo = firstAtOrAfter(breaks, offset, (b) => b);
  const start = lo === 0 ? 0 : (breaks[lo - 1] as number) + 1;
  const end = lo < breaks.length ? (breaks[lo] as number) : text.length;
  return { start, end };
}
