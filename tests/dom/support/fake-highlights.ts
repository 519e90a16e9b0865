/** jsdom has no CSS Custom Highlight API: a registry that records what would be painted. */
import { createHighlightPainter, type HighlightPainter } from '../../../src/page/highlight-painter';

export class FakeHighlight {
  constructor(readonly ranges: readonly Range[]) {}
}

export class FakeHighlightRegistry extends Map<string, FakeHighlight> {
  strings(name: string): string[] {
    return (this.get(name)?.ranges ?? []).map((range) => range.toString());
  }
}

export function fakePainter(): { registry: FakeHighlightRegistry; painter: HighlightPainter } {
  const registry = new FakeHighlightRegistry();
  const painter = createHighlightPainter(registry, (ranges) => new FakeHighlight(ranges));
  return { registry, painter };
}
