import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/page/detect-article';
import { loadPage } from './fixture-pages';

const pages = [
  'nonarticle-section-front.html',
  'nonarticle-search-results.html',
  'nonarticle-video.html',
  'nonarticle-dashboard.html',
  'nonarticle-login.html',
  'nonarticle-product-listing.html',
  'nonarticle-forum-index.html',
  'nonarticle-weather.html',
  'nonarticle-stock-quotes.html',
  'nonarticle-homepage-portal.html',
  'nonarticle-tag-page.html',
];

describe('detectArticle on pages that are not articles', () => {
  it.each(pages)('%s is not an article', (page) => {
    expect(detectArticle(loadPage(page))).toBeNull();
  });
});
