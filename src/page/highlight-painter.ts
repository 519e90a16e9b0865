/**
 * Paints marks with the CSS Custom Highlight API: the page's DOM is never touched, so toggling
 * off leaves it exactly as it was. The registry is injected so jsdom tests can use a fake.
 */
import type { MentionKind } from '../core/types';
import { KIND_ORDER } from '../kinds';
import { FOCUS_HIGHLIGHT_NAME, HIGHLIGHT_NAMES } from './highlight-names';

export interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}

export type HighlightFactory = (ranges: readonly Range[]) => unknown;

export interface HighlightPainter {
  paint(marks: ReadonlyArray<{ readonly kind: MentionKind; readonly range: Range }>): void;
  focus(range: Range | null): void;
  clear(): void;
}

export function createHighlightPainter(registry: HighlightRegistryLike, createHighlight: HighlightFactory): HighlightPainter {
  const clearFocus = (): void => {
    registry.delete(FOCUS_HIGHLIGHT_NAME);
  };
  return {
    paint(marks) {
      for (const kind of KIND_ORDER) {
        const ranges = marks.filter((mark) => mark.kind === kind).map((mark) => mark.range);
        if (ranges.length > 0) registry.set(HIGHLIGHT_NAMES[kind], createHighlight(ranges));
        else registry.delete(HIGHLIGHT_NAMES[kind]);
      }
    },
    focus(range) {
      if (range) registry.set(FOCUS_HIGHLIGHT_NAME, createHighlight([range]));
      else clearFocus();
    },
    clear() {
      for (const kind of KIND_ORDER) registry.delete(HIGHLIGHT_NAMES[kind]);
      clearFocus();
    },
  };
}

/** The real registry, where the browser has one (Chrome 105+, Firefox 140+). */
export function browserHighlightPainter(win: Window): HighlightPainter | null {
  const css = (win as Window & { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const HighlightCtor = (win as Window & { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !HighlightCtor) return null;
  return createHighlightPainter(css.highlights, (ranges) => new HighlightCtor(...ranges));
}
