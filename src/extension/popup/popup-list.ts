/**
 * The popup's list of what the page marks: a heading per kind ("People · 14"), one button per
 * entity with its mention count, a filter box past POPUP_FILTER_MIN_ENTITIES rows, and arrow-key
 * movement between rows. Built with textContent only: names come from pages and the knowledge file.
 */
import { POPUP_FILTER_MIN_ENTITIES } from '../../constants';
import { itemAt } from '../../core/item-at';
import { formatInteger, message, pluralMessage } from '../../i18n';
import { kindDefinition } from '../../kinds';
import { entityCount, filterGroups, type EntityGroup, type PopupEntity } from './popup-entities';

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function entityRow(doc: Document, entity: PopupEntity, onPick: (index: number) => void): HTMLLIElement {
  const item = doc.createElement('li');
  const button = element(doc, 'button', 'entity');
  button.type = 'button';
  button.dataset.entityKey = entity.key;
  const mentions = pluralMessage('popupMentions', entity.indexes.length);
  const text = element(doc, 'span', 'entity-name', entity.label);
  // The pill shows the bare number; screen readers hear "4 mentions" in its place.
  const count = element(doc, 'span', 'entity-count', formatInteger(entity.indexes.length));
  count.setAttribute('aria-hidden', 'true');
  button.append(text, count, element(doc, 'span', 'visually-hidden', mentions));
  button.addEventListener('click', () => {
    onPick(itemAt(entity.indexes, 0));
  });
  item.append(button);
  return item;
}

function groupSection(doc: Document, group: EntityGroup, onPick: (index: number) => void): HTMLElement {
  const section = element(doc, 'section', 'group');
  section.dataset.kind = group.kind;
  const headingId = `group-${group.kind}`;
  section.setAttribute('aria-labelledby', headingId);
  const heading = element(
    doc,
    'h3',
    'group-heading',
    message('popupGroupHeading', message(kindDefinition(group.kind).pluralMessage), formatInteger(group.entities.length)),
  );
  heading.id = headingId;
  const list = doc.createElement('ul');
  list.append(...group.entities.map((entity) => entityRow(doc, entity, onPick)));
  section.append(heading, list);
  return section;
}

function rows(root: HTMLElement): HTMLButtonElement[] {
  return Array.from(root.querySelectorAll<HTMLButtonElement>('button.entity'));
}

/** Up/Down/Home/End move between rows; Down from the filter box enters the list. */
function moveFocus(root: HTMLElement, event: KeyboardEvent): void {
  const all = rows(root);
  if (all.length === 0) return;
  const current = all.indexOf(event.target as HTMLButtonElement);
  const last = all.length - 1;
  const next: Record<string, number> = {
    ArrowDown: current < 0 ? 0 : Math.min(current + 1, last),
    ArrowUp: current <= 0 ? 0 : current - 1,
    Home: 0,
    End: last,
  };
  const target = next[event.key];
  if (target === undefined) return;
  if (current < 0 && event.key !== 'ArrowDown') return;
  event.preventDefault();
  itemAt(all, target).focus();
}

/**
 * Replaces `root`'s children with the list (and its filter box when the list is long). A list
 * rendered again (the tab rescanned) keeps the reader's query and the focused row.
 */
export function renderEntityList(root: HTMLElement, groups: readonly EntityGroup[], onPick: (index: number) => void): void {
  const doc = root.ownerDocument;
  const previousFilter = root.querySelector<HTMLInputElement>('input.filter');
  const query = previousFilter?.value ?? '';
  const focused = doc.activeElement instanceof HTMLElement && root.contains(doc.activeElement) ? doc.activeElement : null;
  const focusedKey = focused?.dataset.entityKey ?? null;
  const list = element(doc, 'div', 'groups');
  const liveCount = element(doc, 'p', 'visually-hidden');
  liveCount.setAttribute('role', 'status');
  const show = (text: string): void => {
    const shown = filterGroups(groups, text);
    if (shown.length === 0) list.replaceChildren(element(doc, 'p', 'no-results', message('popupSearchNoResults', text.trim())));
    else list.replaceChildren(...shown.map((group) => groupSection(doc, group, onPick)));
    if (text.trim() !== '') liveCount.textContent = message('popupSearchResults', formatInteger(entityCount(shown)));
  };
  const children: HTMLElement[] = [];
  let filter: HTMLInputElement | null = null;
  if (entityCount(groups) > POPUP_FILTER_MIN_ENTITIES) {
    filter = element(doc, 'input', 'filter');
    const box = filter;
    box.type = 'search';
    box.id = 'filter';
    box.value = query;
    box.placeholder = message('popupSearchPlaceholder');
    box.setAttribute('aria-label', message('popupSearchLabel'));
    box.autocomplete = 'off';
    box.spellcheck = false;
    box.addEventListener('input', () => show(box.value));
    box.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') moveFocus(list, event);
      if (event.key === 'Enter') rows(list)[0]?.click();
      if (event.key === 'Escape' && box.value !== '') {
        // Clears the filter; a second Escape closes the popup as usual.
        event.preventDefault();
        box.value = '';
        show('');
      }
    });
    children.push(box);
  }
  list.addEventListener('keydown', (event) => moveFocus(list, event));
  show(filter ? query : '');
  root.replaceChildren(...children, liveCount, list);
  // The filter takes the focus back if it had it, and on opening, so the reader can type at once.
  const nothingFocused = doc.activeElement === null || doc.activeElement === doc.body;
  if (filter && (previousFilter ? focused === previousFilter : nothingFocused)) filter.focus();
  else if (focusedKey !== null) rows(list).find((row) => row.dataset.entityKey === focusedKey)?.focus();
}
