/**
 * The one shadow root that holds Footnote's card and its live region. The card is a real dialog:
 * named after its entity, closed by Escape, its close button or a click outside, and it gives
 * focus back to where it came from.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { CARD_MAX_HEIGHT_PX, CARD_OFFSET_PX } from '../../constants';
import { message } from '../../i18n';
import { UI_ATTRIBUTE } from '../highlight-names';
import { buildCardContent, type CardRequest } from './card-content';
import { dockAsSheet, SHEET_CSS } from './card-sheet';
import { CARD_CSS } from './card-styles';
import { element } from './dom-builder';

const HOST_TAG = 'footnote-ui';
const VIEWPORT_PADDING_PX = 8;
/** Content within this distance of the card's bottom edge does not need a scroll cue. */
const SCROLL_CUE_SLACK_PX = 4;
/** A click on the cue scrolls this much of the card's height, keeping a line of context. */
const SCROLL_CUE_PAGE_FRACTION = 0.8;

export interface OpenOptions {
  /** Move focus into the card (click and keyboard); hover leaves focus where it is. */
  readonly takeFocus: boolean;
}

export interface CardHost {
  open(anchor: Range, request: CardRequest, options: OpenOptions): void;
  close(): void;
  isOpen(): boolean;
  /** True when the event happened inside the card. */
  contains(target: EventTarget | null): boolean;
  announce(text: string): void;
  onPointerEnter(callback: () => void): void;
  onPointerLeave(callback: () => void): void;
  destroy(): void;
}

function virtualElementFor(range: Range): VirtualElement {
  const context = range.startContainer.parentElement ?? undefined;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    ...(context ? { contextElement: context } : {}),
  };
}

export function createCardHost(doc: Document): CardHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(UI_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.append(element(doc, 'style', {}, [CARD_CSS, SHEET_CSS]));
  const card = element(doc, 'div', { class: 'card', role: 'dialog', 'aria-modal': 'false', tabindex: '-1', hidden: '' });
  // A visual cue only: the content itself is reachable by scrolling and by the screen reader.
  const scrollCue = element(doc, 'div', { class: 'scroll-cue', 'aria-hidden': 'true' }, [message('cardScrollCue')]);
  const updateScrollCue = (): void => {
    const more = card.scrollHeight - card.scrollTop - card.clientHeight > SCROLL_CUE_SLACK_PX;
    card.toggleAttribute('data-more', more);
  };
  card.addEventListener('scroll', updateScrollCue, { passive: true });
  scrollCue.addEventListener('click', () => {
    const still = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
    card.scrollBy({ top: card.clientHeight * SCROLL_CUE_PAGE_FRACTION, behavior: still ? 'auto' : 'smooth' });
  });
  const live = element(doc, 'div', { class: 'live', 'aria-live': 'polite' });
  shadow.append(card, live);

  let stopAutoUpdate: (() => void) | null = null;
  let returnFocusTo: HTMLElement | null = null;
  let enterCallback: () => void = () => undefined;
  let leaveCallback: () => void = () => undefined;

  const ensureAttached = (): void => {
    if (!host.isConnected) doc.documentElement.append(host);
  };

  const close = (): void => {
    if (card.hidden) return;
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    card.hidden = true;
    card.replaceChildren();
    card.removeAttribute('data-more');
    const target = returnFocusTo;
    returnFocusTo = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !card.hidden) {
      event.stopPropagation();
      close();
    }
  };
  card.addEventListener('keydown', onKeyDown);
  // A finger does not hover: lifting it off the card is not leaving it.
  card.addEventListener('pointerenter', (event) => {
    if (event.pointerType !== 'touch') enterCallback();
  });
  card.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'touch') leaveCallback();
  });

  return {
    open(anchor, request, options) {
      ensureAttached();
      stopAutoUpdate?.();
      const content = buildCardContent(doc, request);
      const closeButton = element(doc, 'button', { class: 'close', type: 'button', 'aria-label': message('cardClose') }, ['×']);
      closeButton.addEventListener('click', () => close());
      card.replaceChildren(
        element(doc, 'span', { class: 'kind' }, [content.kindLabel]),
        closeButton,
        content.body,
        scrollCue,
      );
      card.setAttribute('aria-label', content.label);
      card.dataset['kind'] = request.mention.kind;
      card.hidden = false;
      const reference = virtualElementFor(anchor);
      let opening = true;
      const place = (): void => {
        const win = doc.defaultView;
        const docked = win !== null && dockAsSheet(win, card, anchor, opening);
        opening = false;
        if (docked) {
          updateScrollCue();
          return;
        }
        void computePosition(reference, card, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
            inline(),
            offset(CARD_OFFSET_PX),
            flip({ padding: VIEWPORT_PADDING_PX }),
            shift({ padding: VIEWPORT_PADDING_PX }),
            // Where neither side has room for the whole card, it scrolls inside the space there is.
            size({
              padding: VIEWPORT_PADDING_PX,
              apply: ({ availableHeight }) => {
                card.style.maxHeight = `${Math.max(0, Math.min(CARD_MAX_HEIGHT_PX, availableHeight))}px`;
              },
            }),
          ],
        }).then(({ x, y }) => {
          card.style.left = `${x}px`;
          card.style.top = `${y}px`;
          updateScrollCue();
        });
      };
      stopAutoUpdate = autoUpdate(reference, card, place);
      if (options.takeFocus) {
        const active = doc.activeElement;
        if (!returnFocusTo && active instanceof HTMLElement && active !== host) returnFocusTo = active;
        card.focus({ preventScroll: true });
      }
    },
    close,
    isOpen: () => !card.hidden,
    contains: (target) => target === host || (target instanceof Node && host.contains(target)),
    announce(text) {
      ensureAttached();
      live.textContent = text;
    },
    onPointerEnter(callback) {
      enterCallback = callback;
    },
    onPointerLeave(callback) {
      leaveCallback = callback;
    },
    destroy() {
      close();
      host.remove();
    },
  };
}
