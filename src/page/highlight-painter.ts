/**
 * Paints marks with the CSS Custom Highlight API: the page's DOM is never touched, so toggling
 * off leaves it exactly as it was. The registry is injected so jsdom tests can use a fake.
 */
import type { MentionKind } from '../core/types';
import { KIND_ORDER } from '../kinds';
import { FOCUS_HIGHLIGHT_NAME, HIGHLIGHT_NAMES } from './highlight-names';

export interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  has(name: string): boolean;
  delete(name: string): boolean;
}

export type HighlightFactory = (ranges: readonly Range[]) => unknown;

export interface HighlightPainter {
  paint(marks: ReadonlyArray<{ readonly kind: MentionKind; readonly range: Range }>): void;
  focus(range: Range | null): void;
  clear(): void;
  /**
   * False once something else (the page: the registry is the document's, shared with its
   * scripts) removed a highlight this painter set.
   */
  intact(): boolean;
  /** Sets again every highlight this painter set last. */
  restore(): void;
}

export function createHighlightPainter(registry: HighlightRegistryLike, createHighlight: HighlightFactory): HighlightPainter {
  /** What this painter has set, by highlight name. */
  const set = new Map<string, unknown>();
  const put = (name: string, highlight: unknown): void => {
    registry.set(name, highlight);
    set.set(name, highlight);
  };
  const remove = (name: string): void => {
    registry.delete(name);
    set.delete(name);
  };
  return {
    paint(marks) {
      for (const kind of KIND_ORDER) {
        const ranges = marks.filter((mark) => mark.kind === kind).map((mark) => mark.range);
        if (ranges.length > 0) put(HIGHLIGHT_NAMES[kind], createHighlight(ranges));
        else remove(HIGHLIGHT_NAMES[kind]);
      }
    },
    focus(range) {
      if (range) put(FOCUS_HIGHLIGHT_NAME, createHighlight([range]));
      else remove(FOCUS_HIGHLIGHT_NAME);
    },
    clear() {
      for (const kind of KIND_ORDER) remove(HIGHLIGHT_NAMES[kind]);
      remove(FOCUS_HIGHLIGHT_NAME);
    },
    intact() {
      for (const name of set.keys()) if (!registry.has(name)) return false;
      return true;
    },
    restore() {
      for (const [name, highlight] of set) registry.set(name, highlight);
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
