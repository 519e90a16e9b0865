/**
 * The popup's list of what the page marks: a heading per kind ("People · 14"), one button per
 * entity with its mention count, a filter box past POPUP_FILTER_MIN_ENTITIES rows, and arrow-key
 * movement between rows. Built with textContent only: names come from pages and the knowledge file.
 */
import { POPUP_FILTER_MIN_ENTITIES } from '../../constants';
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
  const mentions = pluralMessage(entity.indexes.length, 'popupMentionsOne', 'popupMentionsOther');
  const text = element(doc, 'span', 'entity-name', entity.label);
  // The pill shows the bare number; screen readers hear "4 mentions" in its place.
  const count = element(doc, 'span', 'entity-count', formatInteger(entity.indexes.length));
  count.setAttribute('aria-hidden', 'true');
  button.append(text, count, element(doc, 'span', 'visually-hidden', mentions));
  button.addEventListener('click', () => onPick(entity.indexes[0]!));
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
  all[target]!.focus();
}

/** Replaces `root`'s children with the list (and its filter box when the list is long). */
export function renderEntityList(root: HTMLElement, groups: readonly EntityGroup[], onPick: (index: number) => void): void {
  const doc = root.ownerDocument;
  const list = element(doc, 'div', 'groups');
  const liveCount = element(doc, 'p', 'visually-hidden');
  liveCount.setAttribute('role', 'status');
  const show = (query: string): void => {
    const shown = filterGroups(groups, query);
    if (shown.length === 0) list.replaceChildren(element(doc, 'p', 'no-results', message('popupSearchNoResults', query.trim())));
    else list.replaceChildren(...shown.map((group) => groupSection(doc, group, onPick)));
    if (query.trim() !== '') liveCount.textContent = message('popupSearchResults', formatInteger(entityCount(shown)));
  };
  const children: HTMLElement[] = [];
  if (entityCount(groups) > POPUP_FILTER_MIN_ENTITIES) {
    const filter = element(doc, 'input', 'filter');
    filter.type = 'search';
    filter.id = 'filter';
    filter.placeholder = message('popupSearchPlaceholder');
    filter.setAttribute('aria-label', message('popupSearchLabel'));
    filter.autocomplete = 'off';
    filter.spellcheck = false;
    filter.addEventListener('input', () => show(filter.value));
    filter.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') rows(list)[0]?.click();
      if (event.key === 'Escape' && filter.value !== '') {
        // Clears the filter; a second Escape closes the popup as usual.
        event.preventDefault();
        filter.value = '';
        show('');
      }
    });
    children.push(filter);
  }
  list.addEventListener('keydown', (event) => moveFocus(list, event));
  children[0]?.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') moveFocus(list, event);
  });
  show('');
  root.replaceChildren(...children, liveCount, list);
}
