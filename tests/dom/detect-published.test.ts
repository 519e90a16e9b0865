import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { detectArticle } from '../../src/page/detect-article';
import { loadPage } from './fixture-pages';

function withHead(head: string): Document {
  const doc = loadPage('article-og-type.html');
  doc.head.insertAdjacentHTML('beforeend', head);
  return doc;
}

describe('when an article was published', () => {
  it('comes from JSON-LD datePublished', () => {
    const html = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/demo-article.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(detectArticle(doc)?.publishedYear).toBe(2026);
  });

  it('comes from article:published_time when there is no JSON-LD date', () => {
    expect(detectArticle(withHead('<meta property="article:published_time" content="2019-11-05T10:00:00Z">'))?.publishedYear).toBe(2019);
  });

  it('comes from a meta tag that names its date several ways at once', () => {
    const doc = withHead('<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">');
    expect(detectArticle(doc)?.publishedDate).toBe('2019-11-19');
  });

  it('keeps the day when the page gives one, and only the year when it does not', () => {
    const html = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/demo-article.html'), 'utf8');
    expect(detectArticle(new DOMParser().parseFromString(html, 'text/html'))?.publishedDate).toBe('2026-11-20');
    expect(detectArticle(withHead('<meta property="article:published_time" content="2019-11-05T10:00:00Z">'))?.publishedDate).toBe('2019-11-05');
    const yearAndMonth = detectArticle(withHead('<meta property="article:published_time" content="2019-11">'));
    expect(yearAndMonth?.publishedYear).toBe(2019);
    expect(yearAndMonth?.publishedDate).toBeNull();
    expect(detectArticle(withHead('<meta property="article:published_time" content="2019-13-40">'))?.publishedDate).toBeNull();
  });

  it('is null when the page gives no date, or a date that is not ISO', () => {
    expect(detectArticle(loadPage('article-og-type.html'))?.publishedYear).toBeNull();
    expect(detectArticle(loadPage('article-og-type.html'))?.publishedDate).toBeNull();
    expect(detectArticle(withHead('<meta name="date" content="Nov. 5, 2019">'))?.publishedYear).toBeNull();
  });

  it('reads a date meta tag that carries its value in `value` rather than `content`', () => {
    expect(detectArticle(withHead('<meta value="2016-12-22T10:00:00Z" name="article:published_time">'))?.publishedDate).toBe('2016-12-22');
  });

  it('falls back on the page\'s <time datetime>: the one marked as the publication date, else the first', () => {
    const withBody = (html: string): Document => {
      const doc = loadPage('article-og-type.html');
      doc.body.insertAdjacentHTML('afterbegin', html);
      return doc;
    };
    expect(detectArticle(withBody('<time datetime="2017-03-09T08:00:00Z">March 9</time>'))?.publishedDate).toBe('2017-03-09');
    const marked = withBody('<time datetime="2018-01-02">Updated</time><time itemprop="datePublished" datetime="2017-03-09">March 9</time>');
    expect(detectArticle(marked)?.publishedDate).toBe('2017-03-09');
    const metaFirst = withBody('<time datetime="2017-03-09">March 9</time>');
    metaFirst.head.insertAdjacentHTML('beforeend', '<meta property="article:published_time" content="2019-11-05">');
    expect(detectArticle(metaFirst)?.publishedDate).toBe('2019-11-05');
    expect(detectArticle(withBody('<time datetime="10:30">10:30</time>'))?.publishedDate).toBeNull();
  });
});
