/**
 * "Enable on this site": once the user grants a host, Footnote's content script is registered for
 * it (surviving restarts) and injected into the open tab at once.
 */
import browser from 'webextension-polyfill';

const CONTENT_FILES = { js: ['content.js'], css: ['highlights.css'] };

export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

function scriptId(pattern: string): string {
  return `footnote-site:${pattern}`;
}

export async function enableSite(origin: string, tabId: number): Promise<void> {
  const pattern = originPattern(origin);
  const id = scriptId(pattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], ...CONTENT_FILES, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  await browser.scripting.insertCSS({ target: { tabId }, files: CONTENT_FILES.css });
  await browser.scripting.executeScript({ target: { tabId }, files: CONTENT_FILES.js });
}
