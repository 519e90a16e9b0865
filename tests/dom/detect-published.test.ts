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
});
