/** The popup list under jsdom: filter box threshold, filtering, arrow keys, and re-rendering that keeps the reader's place. */
import { describe, expect, it } from 'vitest';
import { POPUP_FILTER_MIN_ENTITIES } from '../../src/constants';
import type { PageMentionSummary } from '../../src/extension/messages';
import { groupEntities } from '../../src/extension/popup/popup-entities';
import { renderEntityList } from '../../src/extension/popup/popup-list';

function people(count: number): PageMentionSummary[] {
  return Array.from({ length: count }, (_, index) => ({ index, kind: 'person', entityKey: `p:${index}`, label: `Person ${index}`, text: `Person ${index}` }));
}

function setup(count: number): { root: HTMLElement; picked: number[]; render: () => void } {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  const picked: number[] = [];
  const groups = groupEntities(people(count));
  const render = (): void => renderEntityList(root, groups, (index) => picked.push(index));
  render();
  return { root, picked, render };
}

function key(target: Element, name: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
}

function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

describe('popup list', () => {
  it('offers a filter box only past the threshold', () => {
    expect(setup(POPUP_FILTER_MIN_ENTITIES).root.querySelector('input.filter')).toBeNull();
    expect(setup(POPUP_FILTER_MIN_ENTITIES + 1).root.querySelector('input.filter')).not.toBeNull();
  });

  it('filters, says how many are shown, and Enter picks the first match', () => {
    const { root, picked } = setup(30);
    const filter = root.querySelector<HTMLInputElement>('input.filter')!;
    expect(document.activeElement).toBe(filter);
    type(filter, 'person 2');
    const names = Array.from(root.querySelectorAll('.entity-name'), (node) => node.textContent);
    expect(names).toEqual(['Person 2', ...Array.from({ length: 10 }, (_, i) => `Person ${20 + i}`)]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('11 shown');
    key(filter, 'Enter');
    expect(picked).toEqual([2]);
    type(filter, 'nobody');
    expect(root.querySelector('.no-results')!.textContent).toBe('Nothing on this page matches “nobody”.');
  });

  it('moves between rows with the arrow keys, Home and End', () => {
    const { root } = setup(20);
    const rows = (): HTMLButtonElement[] => Array.from(root.querySelectorAll<HTMLButtonElement>('button.entity'));
    key(root.querySelector('input.filter')!, 'ArrowDown');
    expect(document.activeElement).toBe(rows()[0]);
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(rows()[1]);
    key(document.activeElement!, 'End');
    expect(document.activeElement).toBe(rows().at(-1));
    key(document.activeElement!, 'ArrowUp');
    expect(document.activeElement).toBe(rows().at(-2));
    key(document.activeElement!, 'Home');
    expect(document.activeElement).toBe(rows()[0]);
  });

  it('keeps the query and the focused row when the tab rescans and the list is drawn again', () => {
    const { root, render } = setup(20);
    type(root.querySelector<HTMLInputElement>('input.filter')!, '1');
    render();
    const filter = root.querySelector<HTMLInputElement>('input.filter')!;
    expect(filter.value).toBe('1');
    expect(document.activeElement).toBe(filter);
    expect(root.querySelectorAll('button.entity').length).toBe(11);
    key(filter, 'ArrowDown');
    key(document.activeElement!, 'ArrowDown');
    const focusedKey = (document.activeElement as HTMLElement).dataset.entityKey;
    render();
    expect((document.activeElement as HTMLElement).dataset.entityKey).toBe(focusedKey);
  });
});
