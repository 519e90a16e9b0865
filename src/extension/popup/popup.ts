/**
 * The toolbar popup: switches that apply live through storage, the list of what this page marks
 * (click to go there), "Enable on this site" for sites outside the curated list, and the
 * knowledge file's date. `popup.html?tab=N` shows the popup for tab N (used when it is opened as
 * a page, e.g. pinned in a tab or in the browser tests).
 */
import browser from 'webextension-polyfill';
import { POPUP_CATCH_UP_ATTEMPTS, POPUP_CATCH_UP_WAIT_MS } from '../../constants';
import type { MentionKind } from '../../core/types';
import { log } from '../log';
import { sendToBackground, sendToTab } from '../message-channel';
import type { PageMentionSummary, PageMentionsReply } from '../messages';
import { isActiveOnHost, withSiteEnabled, type Settings } from '../settings';
import { loadSettings, saveSettings } from '../settings-store';
import { originPattern } from '../site-registration';
import { itemAt } from '../../core/item-at';
import { offSentence, pageStatusSentence } from './page-status';

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

/** A switch just turned Footnote on: the tab may not have caught up yet, so it is asked again for a moment. */
async function askPage(tabId: number): Promise<PageMentionsReply> {
  for (let attempt = 1; ; attempt++) {
    const page = await sendToTab(tabId, 'footnote:page-mentions', {});
    const catchingUp = page.state === 'starting' || page.state === 'off-everywhere' || page.state === 'off-for-site';
    if (!catchingUp || attempt >= POPUP_CATCH_UP_ATTEMPTS) return page;
    await new Promise((resolve) => setTimeout(resolve, POPUP_CATCH_UP_WAIT_MS));
  }
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
    status.textContent = offSentence(settings);
    return;
  }
  let page: PageMentionsReply;
  try {
    page = await askPage(tab.id);
  } catch (error) {
    // No content script answers: the site is outside the news list and was never enabled.
    log.warn('the page did not answer:', error);
    status.textContent = 'Footnote is not running on this site.';
    enableButton.hidden = false;
    return;
  }
  status.textContent = pageStatusSentence(page);
  const tabId = tab.id;
  renderFound(list, page.mentions, (index) => {
    sendToTab(tabId, 'footnote:reveal-mention', { index }).then(() => window.close(), log.failure('Going to the mark'));
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

  const change = (next: Settings): void => {
    update(next).catch(log.failure('Applying the switch'));
  };
  enabled.addEventListener('change', () => change({ ...settings, enabled: enabled.checked }));
  siteEnabled.addEventListener('change', () => {
    if (host) change(withSiteEnabled(settings, host, siteEnabled.checked));
  });
  for (const box of kindBoxes) {
    box.addEventListener('change', () => {
      const kind = box.dataset.kind as MentionKind;
      change({ ...settings, kinds: { ...settings.kinds, [kind]: box.checked } });
    });
  }
  byId('enable-site', HTMLButtonElement).addEventListener('click', () => {
    if (!tab?.id || !tab.url) return;
    const tabId = tab.id;
    const origin = new URL(tab.url).origin;
    // The permission request must run straight from the click, before any other await.
    browser.permissions
      .request({ origins: [originPattern(origin)] })
      .then(async (granted) => {
        if (!granted) return;
        await sendToBackground('footnote:enable-site', { origin, tabId });
        await showPage(tab, settings);
      })
      .catch(log.failure('Enabling Footnote on this site'));
  });

  render();
  await showPage(tab, settings);
  const info = await sendToBackground('footnote:knowledge-info', {});
  byId('knowledge-date', HTMLParagraphElement).textContent = `Knowledge file as of ${info.asOf}.`;
}

main().catch(log.failure('Opening the popup'));
