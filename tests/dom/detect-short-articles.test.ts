/**
 * Short articles, bodies with linked subheadings and pages where another block out-talks the
 * story: metadata that says "article" is believed, and a wrong first answer gets a second look.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle, detectLargestBlock } from '../../src/page/detect-article';
import { looksLikeConsent } from '../../src/page/article-fallback';
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
    expect(detection?.signals).toContain('fallback:consent');
    const text = detection === null ? '' : buildTextIndex(detection.roots).text;
    expect(text).toContain('Nobody in the away end expected much');
    expect(text).toContain('back in August.');
    expect(text).not.toMatch(/partners|cookies|consent/);
  });
  it('passes over a long photo caption for the short story under it', () => {
    const detection = detectArticle(loadPage('article-caption-outweighs.html'));
    expect(detection?.signals).toContain('fallback:caption');
    const text = detection === null ? '' : buildTextIndex(detection.roots).text;
    expect(text.startsWith('A harbour seal pup found alone on a beach')).toBe(true);
    expect(text).toContain('did not look back.');
    expect(text).not.toContain('Volunteers from the rescue centre carry the pup');
    expect(text).not.toContain('Photograph: Lena Marsh');
  });

  it('takes the main block of prose when the first answer holds under a third of it', () => {
    const detection = detectArticle(loadPage('article-main-block-elsewhere.html'));
    expect(detection?.signals).toContain('fallback:minor');
    const text = detection === null ? '' : buildTextIndex(detection.roots).text;
    expect(text).toContain('The library board met on Monday night');
    expect(text).toContain('who were in the room for the vote.');
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

describe('what a lead is not', () => {
  function withStandfirst(className: string, text: string): string {
    const doc = loadPage('article-lead-intro.html');
    const box = doc.querySelector('.standfirst');
    if (box === null) throw new Error('fixture changed');
    box.className = className;
    box.firstElementChild!.textContent = text;
    const detection = detectArticle(doc);
    return detection === null ? '' : buildTextIndex(detection.roots).text;
  }

  it('takes an unnamed paragraph right under the headline', () => {
    const text = withStandfirst('box-3', 'A ferryman of forty years ties up his boat for the last time as the new causeway opens to traffic.');
    expect(text.startsWith('A ferryman of forty years')).toBe(true);
  });

  it('leaves out a newsletter box between the headline and the body', () => {
    const text = withStandfirst('box-3', 'Sign up for our weekly newsletter and get the best of the Northern Review in your inbox every Friday.');
    expect(text).not.toContain('newsletter');
    expect(text.startsWith('Every morning at six')).toBe(true);
  });
});

describe('consent wording', () => {
  it('tells a consent dialog from an article that discusses cookies', () => {
    const dialog = 'We and our partners use cookies and process personal data for personalised ads. You can give consent, change your preferences or object to legitimate interest at any time in the privacy settings.';
    expect(looksLikeConsent(dialog)).toBe(true);
    const reporting =
      'The regulator fined the company on Tuesday, saying its banner made refusing cookies harder than accepting them. ' +
      'Officials said the firm had until the end of the year to change the design, and that other sites would be checked next. ' +
      'The company said it would appeal, and that it had already changed the wording of the banner in several countries last spring.';
    expect(looksLikeConsent(reporting)).toBe(false);
    expect(looksLikeConsent(`${dialog} `.repeat(30))).toBe(false);
  });
});

describe('the reader decides', () => {
  it('offers the largest block of prose on a page that is not an article', () => {
    const doc = loadPage('nonarticle-product-page.html');
    expect(detectArticle(doc)).toBeNull();
    const chosen = detectLargestBlock(doc);
    expect(chosen?.signals).toEqual(['reader-chose']);
    const text = chosen === null ? '' : buildTextIndex(chosen.roots).text;
    expect(text.startsWith('The Trailhead 40 is built for long days')).toBe(true);
    expect(text).not.toContain('Add to cart');
    expect(text).not.toContain('hip pockets are big enough');
  });

  it('offers the one paragraph of a reading-list page, names and statute included', () => {
    const doc = loadPage('nonarticle-reading-list.html');
    expect(detectArticle(doc)).toBeNull();
    const chosen = detectLargestBlock(doc);
    const text = chosen === null ? '' : buildTextIndex(chosen.roots).text;
    expect(text).toContain('Thomas Homan');
    expect(text).toContain('8 U.S.C. § 1324');
    expect(text).not.toContain('Week one');
  });

  it('has nothing to offer on a page without prose', () => {
    expect(detectLargestBlock(new DOMParser().parseFromString('<body><nav><a href="/">Home</a></nav></body>', 'text/html'))).toBeNull();
  });
});
