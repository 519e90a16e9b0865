/** A site's dynamic content-script registration follows its host grant, both ways (fake scripting API). */
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Registration {
  readonly id: string;
  readonly matches?: string[];
}

const registered = new Map<string, Registration>();
const injected: string[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    scripting: {
      getRegisteredContentScripts: (filter?: { ids?: string[] }) =>
        Promise.resolve([...registered.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id))),
      registerContentScripts: (scripts: Registration[]) => {
        for (const script of scripts) {
          if (registered.has(script.id)) return Promise.reject(new Error(`duplicate id ${script.id}`));
          registered.set(script.id, script);
        }
        return Promise.resolve();
      },
      unregisterContentScripts: (filter: { ids: string[] }) => {
        for (const id of filter.ids) {
          if (!registered.delete(id)) return Promise.reject(new Error(`nonexistent id ${id}`));
        }
        return Promise.resolve();
      },
      insertCSS: () => Promise.resolve(),
      executeScript: (details: { target: { tabId: number } }) => {
        injected.push(String(details.target.tabId));
        return Promise.resolve([]);
      },
    },
  },
}));

const { disableSites, enableSite, originPattern } = await import('../../src/extension/site-registration');

describe('site registration', () => {
  beforeEach(() => {
    registered.clear();
    injected.length = 0;
  });

  it('registers a granted site once, and injects into its tab each time', async () => {
    await enableSite('https://a.example:8443/story', 7);
    await enableSite('https://a.example/other', 8);
    expect([...registered.values()].map((script) => script.matches)).toEqual([['https://a.example/*']]);
    expect(injected).toEqual(['7', '8']);
  });

  it('removes the registration of a revoked site and leaves the others', async () => {
    await enableSite('https://a.example', 1);
    await enableSite('http://b.example', 2);
    await disableSites([originPattern('https://a.example'), 'https://never-granted.example/*']);
    expect([...registered.values()].map((script) => script.matches)).toEqual([['http://b.example/*']]);
    await disableSites([]);
    await disableSites(['https://a.example/*']);
    expect(registered.size).toBe(1);
  });
});
