import { describe, expect, it } from 'vitest';
import { fakePainter } from './support/fake-highlights';

function rangeOver(text: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}

describe('highlight painter', () => {
  it('registers one highlight per kind and clears them all', () => {
    document.body.innerHTML = '<p>Thomas Homan cited 8 U.S.C. 1324 and 409,000 removals.</p>';
    const text = document.body.querySelector('p')!.firstChild as Text;
    const over = (part: string): Range => rangeOver(text, text.data.indexOf(part), text.data.indexOf(part) + part.length);
    const { registry, painter } = fakePainter();
    painter.paint([
      { kind: 'person', range: over('Thomas Homan') },
      { kind: 'statute', range: over('8 U.S.C. 1324') },
      { kind: 'statistic', range: over('409,000') },
    ]);
    expect(registry.strings('footnote-person')).toEqual(['Thomas Homan']);
    expect(registry.strings('footnote-statute')).toEqual(['8 U.S.C. 1324']);
    expect(registry.strings('footnote-statistic')).toEqual(['409,000']);
    painter.focus(rangeOver(text, 0, 12));
    expect(registry.strings('footnote-focus')).toEqual(['Thomas Homan']);
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('drops the highlight of a kind that has no marks any more', () => {
    document.body.innerHTML = '<p>Homan</p>';
    const text = document.body.querySelector('p')!.firstChild as Text;
    const { registry, painter } = fakePainter();
    painter.paint([{ kind: 'person', range: rangeOver(text, 0, 5) }]);
    painter.paint([]);
    expect(registry.has('footnote-person')).toBe(false);
  });

  it('leaves the page DOM untouched', () => {
    document.body.innerHTML = '<p>Thomas Homan spoke.</p>';
    const before = document.body.innerHTML;
    const text = document.body.querySelector('p')!.firstChild as Text;
    const { painter } = fakePainter();
    painter.paint([{ kind: 'person', range: rangeOver(text, 0, 12) }]);
    expect(document.body.innerHTML).toBe(before);
  });
});
