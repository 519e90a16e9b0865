/**
 * The highlight registry belongs to the document, so a page script can empty it
 * (`CSS.highlights.clear()`) and our marks vanish with no event to say so. The guard looks now and
 * then and paints them again; a page that keeps removing them wins after a few rounds, and the
 * guard stops (the caller says so once) rather than fight it forever.
 */
import { HIGHLIGHT_CHECK_MS, MAX_HIGHLIGHT_RESTORES } from '../constants';
import type { HighlightPainter } from './highlight-painter';

export interface GuardOptions {
  readonly checkMs?: number;
  readonly maxRestores?: number;
}

/** Checks `painter`'s highlights until `signal` aborts; calls `onGiveUp` once if the page keeps removing them. */
export function guardHighlights(painter: HighlightPainter, signal: AbortSignal, onGiveUp: () => void, options: GuardOptions = {}): void {
  if (signal.aborted) return;
  const maxRestores = options.maxRestores ?? MAX_HIGHLIGHT_RESTORES;
  let restores = 0;
  const timer = setInterval(() => {
    if (painter.intact()) return;
    if (restores === maxRestores) {
      clearInterval(timer);
      onGiveUp();
      return;
    }
    restores++;
    painter.restore();
  }, options.checkMs ?? HIGHLIGHT_CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
