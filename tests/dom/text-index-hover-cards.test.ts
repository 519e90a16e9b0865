/** Linked names with hover bios (common on political news sites): the name is text, the bio is not. */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import { buildTextIndex } from '../../src/page/text-index';
import { fixtureLookup } from '../unit/recognize-fixture';

function rootOf(html: string): Element {
  const doc = new DOMParser().parseFromString(`<html><body><div id="root">${html}</div></body></html>`, 'text/html');
  const root = doc.getElementById('root');
  if (root === null) throw new Error('fixture root missing');
  return root;
}

const HOVER_NAME =
  '<p>On Tuesday <span class="pol-people"><a href="/p/1">Elizabeth Warren</a><span class="pol-block">Senator from a northern state, first elected in a close race, serving on banking.</span></span> said the plan would fail.</p>';

describe('hover cards in the text index', () => {
  it('keeps the linked name and leaves out the bio block after it', () => {
    const text = buildTextIndex([rootOf(HOVER_NAME)]).text;
    expect(text).toBe('On Tuesday Elizabeth Warren said the plan would fail.');
  });

  it('lets the recognizer mark the visible name', () => {
    const text = buildTextIndex([rootOf(HOVER_NAME)]).text;
    expect(recognize(text, fixtureLookup()).filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Elizabeth Warren']);
  });

  it('leaves out tooltips and class-named boxes the stylesheet hides', () => {
    // The live document, whose window applies the stylesheet (a parsed document has no window).
    document.head.innerHTML = '<style>.note-popover { display: none; }</style>';
    document.body.innerHTML =
      '<div id="live"><p>The vote passed <span role="tooltip">TIPTEXT</span>easily <span class="note-popover">POPOVERTEXT</span>at noon.</p></div>';
    const text = buildTextIndex([document.getElementById('live') as Element]).text;
    expect(text).not.toContain('TIPTEXT');
    expect(text).not.toContain('POPOVERTEXT');
    expect(text).toContain('The vote passed');
  });

  it('keeps visible boxes whose class merely contains a hover word', () => {
    const html = '<div class="content-block"><p>Visible paragraph text stays.</p></div>';
    expect(buildTextIndex([rootOf(html)]).text).toBe('Visible paragraph text stays.');
  });
});
