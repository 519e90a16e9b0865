/**
 * The inside of a context card: the card view model (`knowledge/card-view.ts`) rendered block by
 * block, one element per line it lists, so the card shows exactly the text `scan --cards` prints.
 */
import type { Mention } from '../../core/types';
import { buildCardView } from '../../knowledge/card-view';
import type { CardBlock, CardView, CopyBlock, SparklineBlock } from '../../knowledge/card-view-model';
import type { EntityCard } from '../../knowledge/entity-card';
import { element, safeLink } from './dom-builder';

export interface CardRequest {
  readonly mention: Mention;
  readonly cards: Readonly<Record<string, EntityCard>>;
  /** Every mention shown in this article. */
  readonly mentions: readonly Mention[];
  /** The article's publication date (ISO), when the page says it. */
  readonly articleDate: string | null;
}

export interface CardContent {
  readonly view: CardView;
  readonly label: string;
  readonly kindLabel: string;
  readonly body: HTMLElement;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const SPARK_WIDTH = 300;
const SPARK_HEIGHT = 44;
const SPARK_PAD = 4;

function svg<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, attributes: Readonly<Record<string, string>>): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** A line chart drawn with SVG elements (no markup strings), the article's period as a dot. */
function sparkline(doc: Document, block: SparklineBlock): HTMLElement {
  const values = block.points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number): number => SPARK_PAD + (i * (SPARK_WIDTH - 2 * SPARK_PAD)) / Math.max(1, block.points.length - 1);
  const y = (v: number): number => SPARK_HEIGHT - SPARK_PAD - (max === min ? 0.5 : (v - min) / (max - min)) * (SPARK_HEIGHT - 2 * SPARK_PAD);
  const chart = svg(doc, 'svg', { viewBox: `0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`, width: '100%', height: String(SPARK_HEIGHT), role: 'img', 'aria-label': block.label, class: 'spark' });
  const line = svg(doc, 'polyline', {
    points: block.points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' '),
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '1.5',
    'stroke-linejoin': 'round',
  });
  chart.append(line);
  const at = block.points.findIndex((p) => p.period === block.highlight);
  const marked = block.points[at];
  if (marked !== undefined) chart.append(svg(doc, 'circle', { cx: x(at).toFixed(1), cy: y(marked.value).toFixed(1), r: '3.5', class: 'spark-mark' }));
  return element(doc, 'figure', { class: 'sparkline' }, [chart, element(doc, 'figcaption', {}, [block.caption])]);
}

function copyButton(doc: Document, block: CopyBlock): HTMLElement {
  const status = element(doc, 'span', { class: 'copy-status', role: 'status' });
  const button = element(doc, 'button', { type: 'button', class: 'copy' }, [block.label]);
  button.addEventListener('click', () => {
    const clipboard = doc.defaultView?.navigator.clipboard;
    const copied = clipboard ? clipboard.writeText(block.text) : Promise.reject(new Error('no clipboard'));
    copied.then(
      () => (status.textContent = block.confirmation),
      () => (status.textContent = block.failure),
    );
  });
  return element(doc, 'p', { class: 'actions' }, [button, status]);
}

function renderBlock(doc: Document, block: CardBlock): HTMLElement | null {
  switch (block.type) {
    case 'text':
      return element(doc, 'p', { class: block.role }, [block.text]);
    case 'list':
      return element(doc, 'div', { class: block.role }, [
        block.heading ? element(doc, 'h3', {}, [block.heading]) : null,
        element(doc, 'ul', {}, block.items.map((item) => element(doc, 'li', {}, [item]))),
      ]);
    case 'sparkline':
      return sparkline(doc, block);
    case 'link': {
      const link = safeLink(doc, block.url, block.text);
      return link ? element(doc, 'p', { class: 'official' }, [link]) : null;
    }
    case 'copy':
      return copyButton(doc, block);
    case 'sources':
      return element(doc, 'footer', { class: 'sources' }, [
        element(doc, 'h3', {}, [block.heading]),
        element(
          doc,
          'ul',
          {},
          block.items.map((item) => element(doc, 'li', {}, [safeLink(doc, item.url, item.linkText) ?? item.linkText, item.rest])),
        ),
      ]);
  }
}

export function renderCardView(doc: Document, view: CardView): HTMLElement {
  return element(doc, 'div', { class: 'content' }, [
    element(doc, 'h2', { id: 'footnote-card-title' }, [view.title]),
    ...view.blocks.map((block) => renderBlock(doc, block)),
  ]);
}

export function buildCardContent(doc: Document, request: CardRequest): CardContent {
  const view = buildCardView({ ...request, now: new Date() });
  return { view, label: view.label, kindLabel: view.kindLabel, body: renderCardView(doc, view) };
}
