import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/detect-article';
import { matchDeclaredBody } from '../../src/page/article-jsonld-body';
import { buildTextIndex } from '../../src/page/text-index';
import { loadPage } from './fixture-pages';

function detectText(doc: Document): { text: string; signals: string[]; roots: Element[] } {
  const detection = detectArticle(doc);
  if (detection === null) throw new Error('expected an article');
  return { text: buildTextIndex(detection.roots).text, signals: detection.signals, roots: detection.roots };
}

describe('a short story above a box of teaser posts, all of them <article>s', () => {
  it('picks the story holding the headline, not the box nor a teaser', () => {
    const doc = loadPage('article-nested-teaser-posts.html');
    const { text, signals, roots } = detectText(doc);
    expect(roots.map((r) => r.className)).toEqual(['post-box story-box']);
    expect(signals).toContain('h1-story');
    expect(text.startsWith('A garden journal is less about plants than about attention.')).toBe(true);
    expect(text).not.toContain('Patience with bread dough');
    expect(text).not.toContain('You may also like');
  });
});

describe('a live blog: updates as <article>s under a headline outside them', () => {
  it('keeps every update, in order, and leaves out the rail', () => {
    const { text, roots } = detectText(loadPage('article-live-updates.html'));
    expect(roots.map((r) => r.className)).toEqual(['live-updates']);
    expect(text.startsWith('9:05\n\nThe first ferry of the morning left the Velmont pier on time')).toBe(true);
    expect(text.endsWith('baking a second batch for the lunchtime boats.')).toBe(true);
    expect(text.split('\n\n')).toHaveLength(10);
    expect(text).not.toContain('Harbour wall repairs');
  });
});

describe('a body split into same-styled blocks with ads and figures between them', () => {
  const doc = loadPage('article-chunked-body.html');
  const { text, signals, roots } = detectText(doc);

  it('gathers every block of the body, in order, after the standfirst', () => {
    expect(signals).toContain('density+2chunks');
    expect(roots.map((r) => r.className)).toEqual(['standfirst', ...Array<string>(3).fill('grid narrow with-rail')]);
    expect(text.startsWith('After four quiet winters, the evening boats')).toBe(true);
    expect(text).toContain('ride them.\n\nThe lake authority confirmed on Monday');
    expect(text).not.toContain('Mira Castellan');
    expect(text.endsWith('the crew had already started practice runs after dark.')).toBe(true);
    expect(text).toContain('the first month of service.\n\nThe authority plans to review the timetable');
  });

  it('keeps linked lead-ins of list items as part of their sentences', () => {
    expect(text).toContain(
      'Wider ramps at every pier. Bicycles and wheelchairs can board without help, even when the water is low.\n\n' +
        'Lit waiting shelters. Each pier gets a heated shelter',
    );
  });

  it('leaves out the ad label, the figure caption, the tag line and the link box', () => {
    for (const furniture of ['Advertisement', 'Photo: Courier staff', 'Tags', 'More from the shore', 'Harbour wall']) {
      expect(text, furniture).not.toContain(furniture);
    }
  });
});

describe('JSON-LD articleBody locates the live body', () => {
  const STORY_START = 'The county water board will replace the lead service pipes on Orchard Row';

  it('overrides density when a longer block of other prose outweighs the story', () => {
    const doc = loadPage('article-jsonld-body-locates.html');
    const { text, signals, roots } = detectText(doc);
    expect(signals).toContain('json-ld-articleBody');
    expect(roots.map((r) => r.className)).toEqual(['text']);
    expect(text.startsWith(STORY_START)).toBe(true);
    expect(text.endsWith('at the Orchard Row school next Tuesday evening.')).toBe(true);
    expect(text.split('\n\n')).toHaveLength(3);
    expect(text).not.toContain('I have lived on this hill');
  });

  it('returns the live text, never the declared one', () => {
    const doc = loadPage('article-jsonld-body-locates.html');
    const last = doc.querySelector('.text p:last-child');
    if (last === null) throw new Error('fixture changed');
    last.textContent = 'The meeting moved to Wednesday, the board said later.';
    const { text } = detectText(doc);
    expect(text.endsWith('\n\nThe meeting moved to Wednesday, the board said later.')).toBe(true);
  });

  it('leaves the roots alone when density already found the declared body', () => {
    const { signals, roots } = detectText(loadPage('article-jsonld.html'));
    expect(signals).not.toContain('json-ld-articleBody');
    expect(roots).toHaveLength(1);
  });

  it('ignores a declared body the live page does not show, and a summary-length one', () => {
    const doc = loadPage('article-jsonld-body-locates.html');
    const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma';
    expect(matchDeclaredBody(doc.body, `${words} ${words} ${words}`)).toBeNull();
    expect(matchDeclaredBody(doc.body, 'The county water board will replace the lead service pipes.')).toBeNull();
  });

  it('reports the smallest element holding the declared body', () => {
    const doc = loadPage('article-jsonld-body-locates.html');
    const live = doc.querySelector('.text')?.textContent ?? '';
    const match = matchDeclaredBody(doc.body, live);
    expect(match?.located.className).toBe('text');
    if (match === null) return;
    // The headline repeats two of the body's word triples ("pipes on orchard", "on orchard row").
    expect(match.hitsIn(doc.body) - match.hitsIn(match.located)).toBe(2);
  });
});

describe('a standfirst set in its own box next to the body', () => {
  it('is gathered with the body; a URL line and a caption box are not', () => {
    const paragraph = (n: number): string =>
      `<p>Paragraph ${n} of the report says the harbour study found the sea wall sound, and that repairs can wait, according to the engineers who surveyed it.</p>`;
    const html = `<html><head><meta property="og:type" content="article"></head><body><div class="story">
      <h1>Sea wall holds</h1>
      <div class="print-url">https://example.invalid/news/2026/sea-wall-holds-after-the-winter-storms-engineers-say</div>
      <div class="summary">Engineers who surveyed the harbour sea wall after the winter storms say it is sound and that repairs can wait until next year.</div>
      <div class="caption">A view of the harbour sea wall from the lighthouse on a calm morning after the storms had passed.</div>
      <div class="story-text">${[1, 2, 3, 4, 5].map(paragraph).join('')}</div>
      </div></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const { text, roots } = detectText(doc);
    expect(roots.map((r) => r.className)).toEqual(['summary', 'story-text']);
    expect(text.startsWith('Engineers who surveyed the harbour sea wall')).toBe(true);
    expect(text).not.toContain('example.invalid');
    expect(text).not.toContain('lighthouse');
  });
});
