/**
 * The toolbar popup: what this page marks (grouped by kind, one row per entity, click to go
 * there), or why nothing is marked and what to do about it; switches that apply live through
 * storage; the knowledge file's date. `popup.html?tab=N` shows the popup for tab N (used when it
 * is opened as a page, e.g. pinned in a tab or in the browser tests).
 */
import browser from 'webextension-polyfill';
import { formatInteger, formatIsoDate, message, uiLocale, type MessageName } from '../../i18n';
import { KINDS } from '../../kinds';
import { isObjectWithType, type BackgroundRequest, type ContentRequest, type KnowledgeInfo, type PageMentionsResponse } from '../messages';
import { withSiteEnabled, type Settings } from '../settings';
import { loadSettings, saveSettings } from '../settings-store';
import { originPattern } from '../site-registration';
import { entityCount } from './popup-entities';
import { renderEntityList } from './popup-list';
import { stateFromPage, stateFromSettings, type PageState } from './popup-state';
import { kindColourRules } from './kind-colours';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`popup.html lacks #${id} of the expected kind`);
  return node;
}

function localizeDocument(): void {
  document.documentElement.lang = uiLocale();
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = message(node.dataset.i18n as MessageName);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(kindColourRules());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
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

function emptyStateText(state: Exclude<PageState, { reason: 'found' }>): string {
  switch (state.reason) {
    case 'not-web-page':
      return message('popupStatusNotWebPage');
    case 'off-everywhere':
      return message('popupStatusOffEverywhere');
    case 'off-for-site':
      return message('popupStatusOffForSite', state.host);
    case 'not-running':
      return message('popupStatusNotRunning', state.host);
    case 'not-article':
      return message('popupStatusNotArticle');
    case 'all-kinds-off':
      return message('popupStatusAllKindsOff');
    case 'no-matches':
      return message('popupStatusNoMatches');
  }
}

interface PopupActions {
  readonly turnOn: () => void;
  readonly turnOnForSite: () => void;
  readonly enableSite: () => void;
  readonly reveal: (index: number) => void;
}

function actionButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', onClick);
  return button;
}

/** The one thing the reader can do about an empty state, when there is one. */
function emptyStateAction(state: PageState, actions: PopupActions): HTMLButtonElement | null {
  switch (state.reason) {
    case 'off-everywhere':
      return actionButton(message('popupTurnOn'), actions.turnOn);
    case 'off-for-site':
      return actionButton(message('popupTurnOnForSite'), actions.turnOnForSite);
    case 'not-running':
      return actionButton(message('popupEnableSite'), actions.enableSite);
    default:
      return null;
  }
}

function showState(state: PageState, actions: PopupActions): void {
  const status = byId('page-status', HTMLDivElement);
  const list = byId('found-list', HTMLDivElement);
  const actionSlot = byId('page-actions', HTMLDivElement);
  document.body.dataset.state = state.reason;
  if (state.reason === 'found') {
    const summary = document.createElement('p');
    summary.className = 'summary';
    summary.textContent = message('popupSummary', formatInteger(entityCount(state.groups)), formatInteger(state.mentionCount));
    status.replaceChildren(summary);
    actionSlot.replaceChildren();
    renderEntityList(list, state.groups, actions.reveal);
    return;
  }
  const text = document.createElement('p');
  text.className = 'empty';
  text.textContent = emptyStateText(state);
  status.replaceChildren(text);
  const action = emptyStateAction(state, actions);
  actionSlot.replaceChildren(...(action ? [action] : []));
  list.replaceChildren();
}

async function pageState(tab: browser.Tabs.Tab | null, settings: Settings): Promise<PageState> {
  const host = hostOf(tab);
  const fromSettings = stateFromSettings(host, settings);
  if (fromSettings || !tab?.id || host === null) return fromSettings ?? { reason: 'not-web-page' };
  let page: PageMentionsResponse | null;
  try {
    page = await browser.tabs.sendMessage<ContentRequest, PageMentionsResponse>(tab.id, { type: 'footnote:page-mentions' });
  } catch {
    page = null;
  }
  return stateFromPage(host, settings, page);
}

function kindSwitches(onChange: (kind: (typeof KINDS)[number]['kind'], on: boolean) => void): HTMLInputElement[] {
  const fieldset = byId('kind-switches', HTMLFieldSetElement);
  return KINDS.map((definition) => {
    const label = document.createElement('label');
    label.className = 'kind';
    label.dataset.kind = definition.kind;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.dataset.kind = definition.kind;
    box.addEventListener('change', () => onChange(definition.kind, box.checked));
    const text = document.createElement('span');
    text.textContent = message(definition.pluralMessage);
    label.append(box, text);
    fieldset.append(label);
    return box;
  });
}

async function main(): Promise<void> {
  localizeDocument();
  let settings = await loadSettings();
  const tab = await targetTab();
  const host = hostOf(tab);
  const enabled = byId('enabled', HTMLInputElement);
  const siteEnabled = byId('site-enabled', HTMLInputElement);
  byId('site-name', HTMLSpanElement).textContent = host ?? '';
  byId('site-switch-label', HTMLSpanElement).textContent = message('popupSiteSwitch', host ?? message('popupThisSite'));
  siteEnabled.disabled = host === null;

  const render = (): void => {
    enabled.checked = settings.enabled;
    siteEnabled.checked = host !== null && !settings.disabledSites.includes(host);
    for (const box of kindBoxes) box.checked = settings.kinds[box.dataset.kind as keyof Settings['kinds']];
  };
  let latestRefresh = 0;
  /** Only the newest answer is shown: an older, slower one must not overwrite it. */
  const refresh = async (): Promise<void> => {
    const ticket = ++latestRefresh;
    const state = await pageState(tab, settings);
    if (ticket === latestRefresh) showState(state, actions);
  };
  const update = async (next: Settings): Promise<void> => {
    settings = next;
    render();
    await saveSettings(settings);
    await refresh();
  };
  const actions: PopupActions = {
    turnOn: () => void update({ ...settings, enabled: true }),
    turnOnForSite: () => {
      if (host) void update(withSiteEnabled(settings, host, true));
    },
    enableSite: () => {
      if (!tab?.id || !tab.url) return;
      const tabId = tab.id;
      const origin = new URL(tab.url).origin;
      // The permission request must run straight from the click, before any other await.
      void browser.permissions.request({ origins: [originPattern(origin)] }).then(async (granted) => {
        if (!granted) return;
        await browser.runtime.sendMessage({ type: 'footnote:enable-site', origin, tabId });
        await refresh();
      });
    },
    reveal: (index) => {
      if (!tab?.id) return;
      void browser.tabs.sendMessage(tab.id, { type: 'footnote:reveal-mention', index }).then(() => window.close());
    },
  };
  const kindBoxes = kindSwitches((kind, on) => void update({ ...settings, kinds: { ...settings.kinds, [kind]: on } }));

  enabled.addEventListener('change', () => void update({ ...settings, enabled: enabled.checked }));
  siteEnabled.addEventListener('change', () => {
    if (host) void update(withSiteEnabled(settings, host, siteEnabled.checked));
  });

  // The tab repaints on its own after a switch changes; each finished scan reports its mark
  // count (to the background, and to us), which is when the list is worth asking for again.
  const onTabScanned = (request: unknown, sender: browser.Runtime.MessageSender): undefined => {
    if (isObjectWithType(request) && request.type === 'footnote:mark-count' && sender.tab?.id === tab?.id) void refresh();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onTabScanned);

  render();
  await refresh();
  const info = await browser.runtime.sendMessage<BackgroundRequest, KnowledgeInfo>({ type: 'footnote:knowledge-info' });
  byId('knowledge-date', HTMLParagraphElement).textContent = message('popupKnowledgeAsOf', formatIsoDate(info.asOf));
}

void main();
