/**
 * Short articles, bodies with linked subheadings and pages where another block out-talks the
 * story: metadata that says "article" is believed, and a wrong first answer gets a second look.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/detect-article';
import { buildTextIndex } from '../../src/page/text-index';
import { loadPage } from './fixture-pages';

function articleText(page: string): string | null {
  const detection = detectArticle(loadPage(page));
  return detection === null ? null : buildTextIndex(detection.roots).text;
}

describe('short articles are articles', () => {
  it('finds a 60-word news item claimed by JSON-LD and og:type, and leaves the teasers below it', () => {
    const text = articleText('article-short-news-item.html');
    expect(text).toContain('Singer Mara Vell has called off the last six dates');
    expect(text).toContain('promised to return next spring.');
    expect(text).not.toContain('hospital drama');
    expect(text).not.toContain('By Tom Ashby');
  });

  it('finds a 60-word local item in Portuguese that only og:type claims', () => {
    const text = articleText('article-short-portuguese.html');
    expect(text).toContain('A prefeitura interditou nesta terça-feira');
    expect(text).toContain('mudam de itinerário durante a obra.');
    expect(text).not.toContain('Expediente');
  });

  it('reads a microdata body with eight linked subheadings as the article, not as teasers', () => {
    const text = articleText('article-linked-headings.html');
    expect(text).toContain('Crews closed the northbound lanes of Route 9');
    expect(text).toContain('add them to the public record.');
    expect(text).not.toContain('High school football scores');
  });
});

describe('a second look when the first answer is implausible', () => {
  it('passes over a consent banner longer than the post', () => {
    const detection = detectArticle(loadPage('article-consent-banner.html'));
    const text = detection === null ? '' : buildTextIndex(detection.roots).text;
    expect(text).toContain('Nobody in the away end expected much');
    expect(text).toContain('back in August.');
    expect(text).not.toMatch(/partners|cookies|consent/);
  });
});

describe('leads and intros', () => {
  it('keeps the standfirst, the large-font intro with its drop cap and both halves around an ad; drops caption and credit', () => {
    const text = articleText('article-lead-intro.html') ?? '';
    expect(text).toContain('For forty years one man carried islanders');
    expect(text).toContain('Every morning at six, Magnus Flett walks down the slipway');
    expect(text).toContain('The new causeway opened last month');
    expect(text).toContain('for the odd wedding party that still wants to arrive by sea.');
    expect(text.indexOf('For forty years')).toBeLessThan(text.indexOf('Every morning'));
    expect(text).not.toContain('Photograph: Ann Reid');
    expect(text).not.toContain('Photographs by Ann Reid');
    expect(text).not.toContain('Advertisement');
  });
});

describe('pages that are not articles stay out', () => {
  it.each(['nonarticle-product-page.html', 'nonarticle-section-front-og-article.html'])('%s is not an article', (page) => {
    expect(detectArticle(loadPage(page))).toBeNull();
  });
});
