/**
 * Owns what Footnote shows on one page: the painted marks, the card, and the ways a reader reaches
 * a mark (pointer dwell, click, keyboard, the popup list). Everything it adds goes away on
 * `clear()`/`destroy()`, leaving the page as it was.
 */
import { HIDE_GRACE_MS, HOVER_DWELL_MS } from '../constants';
import type { Mention, MentionKind } from '../core/types';
import { message, formatInteger } from '../i18n';
import { kindDefinition } from '../kinds';
import { displayNameOf } from '../knowledge/display-name';
import type { EntityCard } from '../knowledge/entity-card';
import type { CardHost } from './card/card-host';
import type { HighlightPainter } from './highlight-painter';
import { markAtPoint, type OffsetSource } from './hit-test';
import { buildMarks, type Mark, type RangeSource } from './mark-list';
import { itemAt } from '../core/item-at';

export type TextIndexLike = RangeSource & OffsetSource;

export interface MarkSummary {
  readonly index: number;
  readonly kind: MentionKind;
  readonly text: string;
  /** The name a reader knows the entity by ("Joe Biden", "Voting Rights Act"). */
  readonly label: string;
  /**
   * Mentions of one entity share this key however they are spelled: the knowledge id, else the
   * person's coreference key, else the citation or the text itself.
   */
  readonly entityKey: string;
}

function entityKeyOf(mention: Mention): string {
  if (mention.entityId) return mention.entityId;
  switch (mention.kind) {
    case 'person':
      return `person:${mention.personKey}`;
    case 'statute':
      return `statute:${mention.citation}`;
    case 'statistic':
      return `statistic:${mention.text.toLowerCase()}`;
  }
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/**
 * The card UI is loaded the first time a reader reaches for a card, keeping it off every page's
 * start-up. A loader that fails says why itself, once; the marks stay without cards.
 */
export type CardHostLoader = () => Promise<CardHost>;

function ignoreLoadFailure(): void {
  // The loader has logged the failure; each later reach for a card meets the same settled promise.
}

export class Annotator {
  private card: CardHost | null = null;
  private cardLoading: Promise<CardHost> | null = null;
  /** Bumped whenever a card is opened or closed, so a card that finishes loading late stays shut. */
  private cardTicket = 0;
  private readonly controller = new AbortController();
  private index: TextIndexLike | null = null;
  private marks: Mark[] = [];
  private cards: Readonly<Record<string, EntityCard>> = {};
  private mentions: readonly Mention[] = [];
  private articleDate: string | null = null;
  private focused: Mark | null = null;
  private hovered: Mark | null = null;
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerFrame = 0;

  constructor(
    private readonly doc: Document,
    private readonly painter: HighlightPainter,
    private readonly loadCardHost: CardHostLoader,
  ) {
    const options = { capture: true, signal: this.controller.signal };
    doc.addEventListener('click', (event) => this.onClick(event), options);
    doc.addEventListener('pointermove', (event) => this.onPointerMove(event), { passive: true, signal: this.controller.signal });
    doc.addEventListener('keydown', (event) => this.onKeyDown(event), options);
  }

  /** `articleDate` is the article's publication date (ISO), which person cards read roles against. */
  show(
    index: TextIndexLike,
    mentions: readonly Mention[],
    cards: Readonly<Record<string, EntityCard>>,
    kinds: ReadonlySet<MentionKind>,
    articleDate: string | null = null,
  ): void {
    this.closeCard();
    this.index = index;
    this.cards = cards;
    this.articleDate = articleDate;
    this.marks = buildMarks(mentions, index, kinds);
    this.mentions = this.marks.map((mark) => mark.mention);
    this.focused = null;
    this.painter.focus(null);
    this.painter.paint(this.marks.map((mark) => ({ kind: mark.mention.kind, range: mark.range })));
  }

  /** Removes every mark and our card host, leaving the page's DOM exactly as it was. */
  clear(): void {
    this.closeCard();
    this.painter.clear();
    this.marks = [];
    this.index = null;
    this.focused = null;
    this.cardLoading = null;
    this.card?.destroy();
    this.card = null;
  }

  destroy(): void {
    this.clear();
    this.controller.abort();
    this.cardTicket++;
    this.card?.destroy();
  }

  markCount(): number {
    return this.marks.length;
  }

  summaries(): MarkSummary[] {
    return this.marks.map((mark) => ({
      index: mark.index,
      kind: mark.mention.kind,
      text: mark.mention.text,
      label: this.labelOf(mark),
      entityKey: entityKeyOf(mark.mention),
    }));
  }

  /** Scrolls to a mark, gives it the keyboard focus ring and opens its card with focus inside. */
  reveal(markIndex: number): boolean {
    const mark = this.marks[markIndex];
    if (!mark) return false;
    this.moveFocus(mark);
    this.openCard(mark, true);
    return true;
  }

  /** Moves the keyboard focus ring to the next or previous mark and says which it is. */
  step(direction: 1 | -1): void {
    if (this.marks.length === 0) return;
    const current = this.focused ? this.focused.index : direction === 1 ? -1 : this.marks.length;
    const next = itemAt(this.marks, (current + direction + this.marks.length) % this.marks.length);
    this.moveFocus(next);
    const announcement = message(
      'markAnnouncement',
      message(kindDefinition(next.mention.kind).singularMessage),
      this.labelOf(next),
      formatInteger(next.index + 1),
      formatInteger(this.marks.length),
    );
    this.cardHost().then((card) => card.announce(announcement), ignoreLoadFailure);
  }

  private labelOf(mark: Mark): string {
    const mention = mark.mention;
    const card = mention.entityId ? this.cards[mention.entityId] : undefined;
    if (mention.kind === 'statute') return card?.kind === 'statute' ? displayNameOf(card) : mention.citation;
    if (mention.kind === 'person') return card?.kind === 'person' ? displayNameOf(card) : (mention.name ?? mention.text);
    return mention.text;
  }

  private moveFocus(mark: Mark): void {
    this.focused = mark;
    this.painter.focus(mark.range);
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }

  private cardHost(): Promise<CardHost> {
    this.cardLoading ??= this.loadCardHost().then((card) => {
      card.onPointerEnter(() => clearTimeout(this.hideTimer));
      card.onPointerLeave(() => this.scheduleHide());
      if (this.controller.signal.aborted) card.destroy();
      else this.card = card;
      return card;
    });
    return this.cardLoading;
  }

  private cardContains(target: EventTarget | null): boolean {
    return this.card?.contains(target) ?? false;
  }

  private cardIsOpen(): boolean {
    return this.card?.isOpen() ?? false;
  }

  private openCard(mark: Mark, takeFocus: boolean): void {
    clearTimeout(this.hideTimer);
    const ticket = ++this.cardTicket;
    const request = { mention: mark.mention, cards: this.cards, mentions: this.mentions, articleDate: this.articleDate };
    this.cardHost().then((card) => {
      if (ticket === this.cardTicket && !this.controller.signal.aborted) {
        card.open(mark.range, request, { takeFocus });
      }
    }, ignoreLoadFailure);
  }

  private closeCard(): void {
    clearTimeout(this.dwellTimer);
    clearTimeout(this.hideTimer);
    this.cardTicket++;
    this.hovered = null;
    this.card?.close();
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (!this.cardContains(this.doc.activeElement)) this.closeCard();
    }, HIDE_GRACE_MS);
  }

  private markAt(x: number, y: number): Mark | null {
    return this.index ? markAtPoint(this.doc, this.index, this.marks, x, y) : null;
  }

  private onClick(event: MouseEvent): void {
    if (this.cardContains(event.target)) return;
    const mark = this.markAt(event.clientX, event.clientY);
    if (!mark) {
      if (this.cardIsOpen()) this.closeCard();
      return;
    }
    // A mark inside a link stays a link: the card still opens on hover.
    if (event.target instanceof Element && event.target.closest('a[href]')) return;
    event.preventDefault();
    this.openCard(mark, true);
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch' || this.pointerFrame) return;
    const { clientX, clientY } = event;
    const overCard = this.cardContains(event.target);
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      if (overCard) return;
      const mark = this.markAt(clientX, clientY);
      if (mark === this.hovered) return;
      this.hovered = mark;
      clearTimeout(this.dwellTimer);
      if (mark) {
        clearTimeout(this.hideTimer);
        // Start loading the card UI while the pointer dwells, so the card is ready when it is due.
        this.cardHost().catch(ignoreLoadFailure);
        this.dwellTimer = setTimeout(() => this.openCard(mark, false), HOVER_DWELL_MS);
      } else if (this.cardIsOpen()) {
        this.scheduleHide();
      }
    });
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      const wasOpen = this.cardIsOpen();
      // Also cancels a card that is still loading.
      this.closeCard();
      if (!wasOpen && this.focused) {
        this.focused = null;
        this.painter.focus(null);
      }
      return;
    }
    if (event.key === 'Enter' && this.focused && !this.cardContains(event.target) && !isEditable(event.target)) {
      event.preventDefault();
      this.openCard(this.focused, true);
    }
  }
}
