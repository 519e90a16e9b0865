import { describe, expect, it } from 'vitest';
import { NEWS_SITE_DOMAINS, NEWS_SITES_BY_REGION, newsSiteMatchPatterns } from '../../src/extension/news-sites';

/** A lower-case host name: labels of letters, digits and inner hyphens, at least two of them. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

describe('the curated news-site list', () => {
  it('reaches at least 100 English-language news domains across the regions it names', () => {
    expect(NEWS_SITE_DOMAINS.length).toBeGreaterThanOrEqual(100);
    for (const region of ['united-states', 'united-kingdom', 'canada', 'australia', 'india', 'ireland', 'wires-and-international']) {
      expect(NEWS_SITES_BY_REGION[region]?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('holds each domain once, as a bare host name that no other entry already covers', () => {
    expect(new Set(NEWS_SITE_DOMAINS).size).toBe(NEWS_SITE_DOMAINS.length);
    for (const domain of NEWS_SITE_DOMAINS) {
      expect(domain).toMatch(HOST);
      const coveredBy = NEWS_SITE_DOMAINS.filter((other) => other !== domain && domain.endsWith(`.${other}`));
      expect({ domain, coveredBy }).toEqual({ domain, coveredBy: [] });
    }
  });

  it('matches each domain and its subdomains over https', () => {
    expect(newsSiteMatchPatterns()).toEqual(NEWS_SITE_DOMAINS.map((domain) => `https://*.${domain}/*`));
  });
});
