/**
 * Site folds for cross-validation: every page of one site lands in the same fold, so thresholds
 * chosen on the other folds are scored on sites they never saw.
 */
import { createHash } from 'node:crypto';

export const FOLD_COUNT = 5;

/** Second-level labels under which news sites register (news.com.au, bbc.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu']);

/** The registrable part of a host name: `www.news.example.co.uk` -> `example.co.uk`. */
export function siteOfHost(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const keep = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2] ?? '') ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Readability's test pages are named after their site, numbered when there are several. */
export function siteOfTestPageName(name: string): string {
  return name.replace(/-\d+$/, '');
}

export function foldOf(site: string): number {
  const digest = createHash('sha256').update(site).digest();
  return digest.readUInt32BE(0) % FOLD_COUNT;
}
