/** One person, one entry: unlinked mentions of one coreference chain share the label the popup lists. */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import { Annotator } from '../../src/page/annotator';
import { createCardHost } from '../../src/page/card/card-host';
import { fixtureLookup } from '../unit/recognize-fixture';
import { fakePainter } from './support/fake-highlights';
import { singleNodeIndex } from './support/simple-text-index';

describe('annotator labels for person chains', () => {
  it('lists "Jane Roe" and "Roe" under one label, counted together', () => {
    const text = 'Jane Roe arrived first. Roe said hello. Ms. Roe left, and Roe\u2019s aide stayed.';
    document.body.innerHTML = `<p>${text}</p>`;
    const { painter } = fakePainter();
    const annotator = new Annotator(document, painter, () => Promise.resolve(createCardHost(document)));
    annotator.show(singleNodeIndex(document.querySelector('p')!), recognize(text, fixtureLookup()), {}, new Set(['person']));
    const labels = annotator.summaries().map((s) => s.label);
    expect(labels).toHaveLength(4);
    expect(new Set(labels)).toEqual(new Set(['Jane Roe']));
    annotator.destroy();
  });
});
