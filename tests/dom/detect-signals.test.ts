import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/detect-article';
import { buildTextIndex } from '../../src/page/text-index';
import { FIRST_PARAGRAPH_START, LAST_PARAGRAPH_END, loadPage } from './fixture-pages';

const HEADLINE = 'Larkfield council votes to reopen river library';

const cases: Array<[page: string, signal: string]> = [
  ['article-jsonld.html', 'json-ld'],
  ['article-jsonld-graph.html', 'json-ld'],
  ['article-jsonld-cdata.html', 'json-ld'],
  ['article-jsonld-malformed.html', 'og:article'],
  ['article-itemprop.html', 'itemprop-articleBody'],
  ['article-og-type.html', 'og:article'],
  ['article-main-div-soup.html', 'h1'],
  ['article-several-articles.html', 'og:article'],
  ['article-exclusions.html', '<article>'],
];

describe('detectArticle on article fixtures', () => {
  it.each(cases)('%s: finds the live body, the headline and the %s signal', (page, signal) => {
    const doc = loadPage(page);
    const detection = detectArticle(doc);
    expect(detection).not.toBeNull();
    if (detection === null) return;
    expect(detection.signals).toContain(signal);
    expect(detection.title).toBe(HEADLINE);
    expect(detection.headline?.textContent).toBe(HEADLINE);
    for (const root of detection.roots) expect(doc.body.contains(root)).toBe(true);
    const text = buildTextIndex(detection.roots).text;
    expect(text.startsWith(FIRST_PARAGRAPH_START)).toBe(true);
    expect(text).not.toContain(HEADLINE);
    expect(text).not.toContain('More local news');
    expect(text).not.toContain('Copyright Larkfield Ledger');
    expect(text).not.toContain('Teaser headline');
  });

  it('keeps the whole body when all paragraphs are present', () => {
    const detection = detectArticle(loadPage('article-jsonld.html'));
    const text = detection === null ? '' : buildTextIndex(detection.roots).text;
    expect(text.endsWith(LAST_PARAGRAPH_END)).toBe(true);
    expect(text.split('\n\n')).toHaveLength(7);
  });

  it('leaves out share bars and comments next to a microdata body', () => {
    const detection = detectArticle(loadPage('article-itemprop.html'));
    const text = detection === null ? '' : buildTextIndex(detection.roots).text;
    expect(text).not.toContain('Share on Facebook');
    expect(text).not.toContain('old reading lamps');
    expect(detection?.roots.map((r) => r.getAttribute('itemprop'))).toEqual(['articleBody']);
  });

  it('leaves out the byline and link block in component div soup', () => {
    const detection = detectArticle(loadPage('article-main-div-soup.html'));
    const text = detection === null ? '' : buildTextIndex(detection.roots).text;
    expect(text).not.toContain('A. Correspondent');
    expect(text).not.toContain('Related topic one');
    expect(text.endsWith(LAST_PARAGRAPH_END)).toBe(true);
  });

  it('picks the story, not the rail of teaser articles beside it', () => {
    const detection = detectArticle(loadPage('article-several-articles.html'));
    expect(detection?.roots.map((r) => r.className)).toEqual(['story-body']);
  });

  it('returns null for an empty document', () => {
    expect(detectArticle(new DOMParser().parseFromString('<html><body></body></html>', 'text/html'))).toBeNull();
  });
});
