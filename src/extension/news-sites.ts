/**
 * Where the content script runs without being asked: news publishers whose articles name the
 * people, laws and figures Footnote explains, kept by region in `news-sites.json` (the one list the
 * manifests are built from). Any other site is one click in the popup.
 */
import newsSites from './news-sites.json';

/** Region name -> registrable domains; a domain also covers its subdomains. */
export const NEWS_SITES_BY_REGION: Readonly<Record<string, readonly string[]>> = newsSites;

export const NEWS_SITE_DOMAINS: readonly string[] = Object.values(NEWS_SITES_BY_REGION).flat().sort();

/**
 * Loopback pages are where the demo article and the browser tests are served. Nothing on them can
 * leave the machine; the store packages (`npm run package`) drop these patterns all the same.
 */
export const LOOPBACK_MATCH_PATTERNS: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

export function newsSiteMatchPatterns(): string[] {
  return NEWS_SITE_DOMAINS.map((domain) => `https://*.${domain}/*`);
}
