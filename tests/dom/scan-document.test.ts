/** `scanDocument`: the one page pipeline the extension, the CLI, the benchmarks and the tests share. */
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../src/constants';
import { scanDocument } from '../../src/page/scan-document';
import { OTHER_LANGUAGES } from '../support/prose-in-languages';
import { FIRST_PARAGRAPH_START, loadPage } from './fixture-pages';

function withHead(doc: Document, head: string): Document {
  doc.head.insertAdjacentHTML('beforeend', head);
  return doc;
}

describe('scanDocument', () => {
  it('gives the article text whole when it is under the limit, with the publication date as recognition options', () => {
    const doc = withHead(loadPage('article-og-type.html'), '<meta property="article:published_time" content="2019-11-05T10:00:00Z">');
    const scan = scanDocument(doc);
    expect(scan).not.toBeNull();
    expect(scan!.truncated).toBe(false);
    expect(scan!.text).toBe(scan!.index.text);
    expect(scan!.text).toContain(FIRST_PARAGRAPH_START);
    expect(scan!.options).toEqual({ publishedYear: 2019, publishedDate: '2019-11-05' });
  });

  it('passes the year alone when the page gives no day, and nothing when it gives no date', () => {
    const yearOnly = scanDocument(withHead(loadPage('article-og-type.html'), '<meta property="article:published_time" content="2019-11">'));
    expect(yearOnly!.options).toEqual({ publishedYear: 2019 });
    expect(scanDocument(loadPage('article-og-type.html'))!.options).toEqual({});
  });

  it('cuts an article over the limit to its beginning and says so', () => {
    const doc = loadPage('article-og-type.html');
    const paragraph = doc.querySelector('.txt p')!;
    const filler = `${'Word '.repeat(199)}end.`;
    const copies = Math.ceil(MAX_ARTICLE_CHARS / filler.length) + 1;
    for (let i = 0; i < copies; i++) {
      const extra = doc.createElement('p');
      extra.textContent = filler;
      paragraph.after(extra);
    }
    const scan = scanDocument(doc);
    expect(scan!.truncated).toBe(true);
    expect(scan!.text).toHaveLength(MAX_ARTICLE_CHARS);
    expect(scan!.index.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS);
    expect(scan!.index.text.startsWith(scan!.text)).toBe(true);
  });

  it('says whether the article is in English, from its words rather than the declared language', () => {
    expect(scanDocument(loadPage('article-og-type.html'))!.english).toBe(true);
    const german = loadPage('article-og-type.html');
    german.documentElement.setAttribute('lang', 'en');
    for (const paragraph of german.querySelectorAll('.txt p')) paragraph.textContent = OTHER_LANGUAGES.German ?? '';
    const scan = scanDocument(german);
    expect(scan).not.toBeNull();
    expect(scan!.english).toBe(false);
  });

  it('is null for a page that is not an article', () => {
    expect(scanDocument(loadPage('nonarticle-section-front.html'))).toBeNull();
  });
});
