/**
 * The toolbar popup: switches that apply live through storage, the list of what this page marks
 * (click to go there), "Enable on this site" for sites outside the curated list, and the
 * knowledge file's date. `popup.html?tab=N` shows the popup for tab N (used when it is opened as
 * a page, e.g. pinned in a tab or in the browser tests).
 */
import browser from 'webextension-polyfill';
import type { MentionKind } from '../../core/types';
import type { BackgroundRequest, ContentRequest, KnowledgeInfo, PageMentionSummary, PageMentionsResponse } from '../messages';
import { isActiveOnHost, withSiteEnabled, type Settings } from '../settings';
import { loadSettings, saveSettings } from '../settings-store';
import { originPattern } from '../site-registration';
import { itemAt } from '../../core/item-at';

const KIND_TITLES: Readonly<Record<MentionKind, string>> = { person: 'People', statute: 'Laws', statistic: 'Statistics' };
const KIND_ORDER: readonly MentionKind[] = ['person', 'statute', 'statistic'];

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`popup.html lacks #${id} of the expected kind`);
  return node;
}

async function targetTab(): Promise<browser.Tabs.Tab | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

function hostOf(tab: browser.Tabs.Tab | null): string | null {
  try {
    const url = new URL(tab?.url ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
  } catch {
    return null;
  }
}

interface FoundEntry {
  readonly label: string;
  /** Mark indexes of every mention of this entry, in text order. */
  readonly indexes: number[];
  readonly surfaces: Set<string>;
}

/** One row per person, law or figure, however often the article names it. */
function entriesOf(mentions: readonly PageMentionSummary[]): FoundEntry[] {
  const entries = new Map<string, FoundEntry>();
  for (const mention of mentions) {
    const entry = entries.get(mention.label) ?? { label: mention.label, indexes: [], surfaces: new Set<string>() };
    entry.indexes.push(mention.index);
    entry.surfaces.add(mention.text);
    entries.set(mention.label, entry);
  }
  return [...entries.values()];
}

function renderFound(list: HTMLElement, mentions: readonly PageMentionSummary[], onPick: (index: number) => void): void {
  const groups = KIND_ORDER.map((kind) => {
    const ofKind = mentions.filter((mention) => mention.kind === kind);
    if (ofKind.length === 0) return null;
    const section = document.createElement('div');
    section.dataset.kind = kind;
    const title = document.createElement('h3');
    title.textContent = `${KIND_TITLES[kind]} (${ofKind.length})`;
    const ul = document.createElement('ul');
    for (const entry of entriesOf(ofKind)) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = entry.indexes.length > 1 ? `${entry.label} ×${entry.indexes.length}` : entry.label;
      button.title = [...entry.surfaces].join(' · ');
      button.addEventListener('click', () => onPick(itemAt(entry.indexes, 0)));
      li.append(button);
      ul.append(li);
    }
    section.append(title, ul);
    return section;
  }).filter((node): node is HTMLDivElement => node !== null);
  list.replaceChildren(...groups);
}

async function showPage(tab: browser.Tabs.Tab | null, settings: Settings): Promise<void> {
  const status = byId('page-status', HTMLParagraphElement);
  const list = byId('found-list', HTMLDivElement);
  const enableButton = byId('enable-site', HTMLButtonElement);
  const host = hostOf(tab);
  enableButton.hidden = true;
  list.replaceChildren();
  if (!tab?.id || !host) {
    status.textContent = 'Footnote works on web pages only.';
    return;
  }
  if (!isActiveOnHost(settings, host)) {
    status.textContent = 'Annotations are off here.';
    return;
  }
  let page: PageMentionsResponse;
  try {
    page = await browser.tabs.sendMessage<ContentRequest, PageMentionsResponse>(tab.id, { type: 'footnote:page-mentions' });
  } catch {
    status.textContent = 'Footnote is not running on this site.';
    enableButton.hidden = false;
    return;
  }
  if (!page.articleFound) {
    status.textContent = 'No news article found on this page.';
    return;
  }
  status.textContent = page.mentions.length === 0 ? 'Nothing to explain in this article.' : `${page.mentions.length} marked terms.`;
  const tabId = tab.id;
  renderFound(list, page.mentions, (index) => {
    void browser.tabs.sendMessage(tabId, { type: 'footnote:reveal-mention', index }).then(() => window.close());
  });
}

async function main(): Promise<void> {
  let settings = await loadSettings();
  const tab = await targetTab();
  const host = hostOf(tab);
  const enabled = byId('enabled', HTMLInputElement);
  const siteEnabled = byId('site-enabled', HTMLInputElement);
  const kindBoxes = Array.from(document.querySelectorAll<HTMLInputElement>('input[data-kind]'));
  byId('site-name', HTMLSpanElement).textContent = host ?? 'this site';
  siteEnabled.disabled = host === null;

  const render = (): void => {
    enabled.checked = settings.enabled;
    siteEnabled.checked = host !== null && !settings.disabledSites.includes(host);
    for (const box of kindBoxes) box.checked = settings.kinds[box.dataset.kind as MentionKind];
  };
  const update = async (next: Settings): Promise<void> => {
    settings = next;
    render();
    await saveSettings(settings);
    await showPage(tab, settings);
  };

  enabled.addEventListener('change', () => void update({ ...settings, enabled: enabled.checked }));
  siteEnabled.addEventListener('change', () => {
    if (host) void update(withSiteEnabled(settings, host, siteEnabled.checked));
  });
  for (const box of kindBoxes) {
    box.addEventListener('change', () => {
      const kind = box.dataset.kind as MentionKind;
      void update({ ...settings, kinds: { ...settings.kinds, [kind]: box.checked } });
    });
  }
  byId('enable-site', HTMLButtonElement).addEventListener('click', () => {
    if (!tab?.id || !tab.url) return;
    const tabId = tab.id;
    const origin = new URL(tab.url).origin;
    // The permission request must run straight from the click, before any other await.
    void browser.permissions.request({ origins: [originPattern(origin)] }).then(async (granted) => {
      if (!granted) return;
      await browser.runtime.sendMessage({ type: 'footnote:enable-site', origin, tabId });
      await showPage(tab, settings);
    });
  });

  render();
  await showPage(tab, settings);
  const info = await browser.runtime.sendMessage<BackgroundRequest, KnowledgeInfo>({ type: 'footnote:knowledge-info' });
  byId('knowledge-date', HTMLParagraphElement).textContent = `Knowledge file as of ${info.asOf}.`;
}

void main();
