import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/detect-article';
import { buildTextIndex } from '../../src/page/text-index';
import { recognize } from '../../src/core/recognize';
import type { StatisticMention } from '../../src/core/types';
import { fixtureLookup } from '../unit/recognize-fixture';
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
    expect(buildTextIndex([root]).text).toBe('One two\n\nthree\nfour\n\nfive\n\nsix\n\nseven');
  });

  it('sets list items apart like paragraphs, so one without a full stop is no sentence running into the next', () => {
    const root = bodyOf('<ul><li>Your list will shrink to 25% of its current size</li><li>You\u2019ll be able to ignore 75% of the rest</li></ul>');
    const { text } = buildTextIndex([root]);
    const counted = recognize(text, fixtureLookup()).filter((m): m is StatisticMention => m.kind === 'statistic').map((m) => m.counts);
    expect(counted[0]).toBe('of its current size');
  });

  it('sets a table row\u2019s cells apart by a tab and its rows by a paragraph break', () => {
    const root = bodyOf('<p>Results:</p><table>\n <tr>\n  <th>Candidate</th>\n  <th>Votes</th>\n </tr>\n <tr><td> Ann  Lee </td><td>1,200</td></tr><tr><td>Bo Park</td><td>950</td></tr></table>');
    expect(buildTextIndex([root]).text).toBe('Results:\n\nCandidate\tVotes\n\nAnn Lee\t1,200\n\nBo Park\t950');
  });

  it('gives an empty or hidden cell its tab, so every cell keeps its column', () => {
    const root = bodyOf('<table><tr><th></th><th>Cases</th><th>Deaths</th></tr><tr><td>North</td><td></td><td>12</td></tr><tr><td>South</td><td hidden>x</td><td>3</td><td></td></tr></table>');
    expect(buildTextIndex([root]).text).toBe('\tCases\tDeaths\n\nNorth\t\t12\n\nSouth\t\t3');
  });

  it('marks a count in a table cell as a figure of its column, and no name runs into the next cell', () => {
    const root = bodyOf('<table><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr><tr><td>Ann Lee</td><td>Green</td><td>1,200</td></tr></table>');
    const mentions = recognize(buildTextIndex([root]).text, fixtureLookup());
    expect(mentions.map((m) => [m.kind, m.text])).toEqual([['person', 'Ann Lee'], ['statistic', '1,200']]);
    expect(mentions.filter((m): m is StatisticMention => m.kind === 'statistic').map((m) => m.counts)).toEqual(['votes']);
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
    expect(text).toContain('First item of the plan\n\nSecond item of the plan');
  });
});

describe('buildTextIndex lines of links and labels', () => {
  it('keeps inline links inside sentences, drops a link line standing between blocks', () => {
    const root = bodyOf(
      '<p>First paragraph.</p><ul><li><strong><a href="/a">Linked lead-in.</a></strong> The rest of it.</li></ul>' +
        'Loose words with <a href="/b">a linked name</a> inside.' +
        '<p>Second paragraph.</p><strong>Tags <a href="/t1">one</a>, <a href="/t2">two</a></strong><p>Last.</p>',
    );
    expect(buildTextIndex([root]).text).toBe(
      'First paragraph.\n\nLinked lead-in. The rest of it.\n\nLoose words with a linked name inside.\n\n' +
        'Second paragraph.\n\nLast.',
    );
  });

  it('drops stand-alone furniture labels and microdata bylines and dates, not prose that starts alike', () => {
    const root = bodyOf(
      '<p><span itemprop="author">By A. Writer</span> <time itemprop="datePublished">May 1</time></p>' +
        '<p>Body one.</p><div>Advertisement</div><p>Like this:</p><div class="x"><span>Loading...</span></div>' +
        '<p>Advertising revenue fell by a third.</p><p>Comments</p><div><span>Image 2 of 5</span></div>',
    );
    expect(buildTextIndex([root]).text).toBe('Body one.\n\nAdvertising revenue fell by a third.');
  });
});

describe('buildTextIndex teaser boxes inside a body', () => {
  it('drops a box of linked headlines with snippets, and next/previous story links', () => {
    const root = bodyOf(
      '<p>Body one.</p><div class="box"><h3>Most read</h3>' +
        '<div><h4><a href="/1">Another story headline</a></h4><p>A snippet of that other story.</p></div>' +
        '<div><h4><a href="/2">A third story headline</a></h4><p>A snippet of the third story.</p></div></div>' +
        '<div class="next-prev"><p>Next story: harbour wall repairs finish two weeks early.</p></div><p>Body two.</p>',
    );
    expect(buildTextIndex([root]).text).toBe('Body one.\n\nBody two.');
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
      const start = match.index;
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
