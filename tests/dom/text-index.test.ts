import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/detect-article';
import { buildTextIndex } from '../../src/page/text-index';
import { loadPage } from './fixture-pages';

function bodyOf(html: string): Element {
  const doc = new DOMParser().parseFromString(`<html><body><div id="root">${html}</div></body></html>`, 'text/html');
  const root = doc.getElementById('root');
  if (root === null) throw new Error('fixture root missing');
  return root;
}

describe('buildTextIndex text', () => {
  it('separates blocks and collapses whitespace like rendering does', () => {
    const root = bodyOf('<p>  One\n   two </p><p>three<br>four</p><ul><li>five</li><li>six</li></ul><div>se<b>ven</b></div>');
    expect(buildTextIndex([root]).text).toBe('One two\n\nthree\nfour\n\nfive\nsix\n\nseven');
  });

  it('joins several roots with a paragraph break', () => {
    const a = bodyOf('<p>alpha</p>');
    const b = a.ownerDocument.createElement('div');
    b.textContent = 'beta';
    a.after(b);
    expect(buildTextIndex([a, b]).text).toBe('alpha\n\nbeta');
  });

  it('excludes embeds, furniture, hidden, editable and our own UI inside the body', () => {
    const detection = detectArticle(loadPage('article-exclusions.html'));
    expect(detection).not.toBeNull();
    const text = detection === null ? '' : buildTextIndex(detection.roots).text;
    for (const marker of [
      'Photo: Ledger staff', 'The library in spring', 'TWEETTEXT', 'ADVERTTEXT', 'OTHERLINK', 'NEWSLETTERTEXT',
      'INPUTTEXT', 'SIGNUPBUTTON', 'SCRIPTTEXT', 'STYLETEXT', 'NOSCRIPTTEXT', 'TEMPLATETEXT', 'TEXTAREATEXT',
      'EDITABLETEXT', 'HIDDENTEXT', 'ARIAHIDDENTEXT', 'DISPLAYNONETEXT', 'OWNUITEXT',
      'Larkfield council votes to reopen river library',
    ]) {
      expect(text, marker).not.toContain(marker);
    }
    expect(text).toContain('\n\nWhat happens next\n\nNot everyone was convinced.');
    expect(text).toContain('First item of the plan\nSecond item of the plan');
  });
});

describe('buildTextIndex mapping', () => {
  const root = bodyOf('<p>The   agency <a href="/x">said</a> 409,000</p><p>  removals\nwere recorded.</p>');
  const index = buildTextIndex([root]);

  it('maps text offsets back to live DOM ranges', () => {
    expect(index.text).toBe('The agency said 409,000\n\nremovals were recorded.');
    for (const word of ['agency', 'said', '409,000', 'removals', 'recorded', 'The agency said']) {
      const start = index.text.indexOf(word);
      const range = index.rangeFor(start, start + word.length);
      expect(range?.toString().replace(/\s+/g, ' ')).toBe(word);
    }
  });

  it('maps caret positions to text offsets', () => {
    const link = root.querySelector('a');
    const saidNode = link?.firstChild;
    if (saidNode === null || saidNode === undefined) throw new Error('link text missing');
    expect(index.offsetOf(saidNode, 0)).toBe(index.text.indexOf('said'));
    expect(index.offsetOf(saidNode, 2)).toBe(index.text.indexOf('said') + 2);
    const second = root.querySelectorAll('p')[1]?.firstChild;
    if (second === null || second === undefined) throw new Error('second paragraph missing');
    expect(index.offsetOf(second, 2)).toBe(index.text.indexOf('removals'));
    expect(index.offsetOf(root, 1)).toBe(index.text.indexOf('removals'));
    expect(index.offsetOf(root.ownerDocument.body, 0)).toBe(0);
  });

  it('round-trips every word: offset -> range -> offset', () => {
    const words = [...index.text.matchAll(/\S+/g)];
    for (const match of words) {
      const start = match.index ?? 0;
      const range = index.rangeFor(start, start + match[0].length);
      expect(range).not.toBeNull();
      if (range === null) continue;
      expect(index.offsetOf(range.startContainer, range.startOffset)).toBe(start);
    }
  });

  it('rejects empty or out-of-bounds ranges and foreign nodes', () => {
    expect(index.rangeFor(3, 3)).toBeNull();
    expect(index.rangeFor(-1, 2)).toBeNull();
    expect(index.rangeFor(0, index.text.length + 1)).toBeNull();
    expect(index.offsetOf(root.ownerDocument.createTextNode('x'), 0)).toBeNull();
  });
});
