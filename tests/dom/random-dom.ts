/**
 * Random article-like DOMs for property tests: paragraphs, list items and headings holding words,
 * inline elements and line breaks, with the irregular whitespace real pages have.
 */
import fc from 'fast-check';

export type InlineNode = { readonly text: string } | { readonly tag: 'em' | 'strong' | 'span' | 'a' | 'b'; readonly children: readonly InlineNode[] } | { readonly br: true };

export interface BlockNode {
  readonly tag: 'p' | 'li' | 'h2' | 'blockquote' | 'div';
  readonly children: readonly InlineNode[];
}

const WORDS = ['Homan', 'said', 'the', '409,000', 'removals', 'in', '2019', 'Sen.', 'Warren', 'U.S.C.', '1324', 'percent', 'O’Brien', 'naïve', '—', 'co-op', 'e.g.', '“quoted”'];
/** Repeats weight the draw: mostly single spaces, as in real text. */
const weightedSpaces = [' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', ' \n  '];

const wordRun = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...weightedSpaces)), { minLength: 1, maxLength: 8 })
  .chain((pairs) =>
    fc.tuple(fc.constantFrom('', ' ', '\n  '), fc.boolean()).map(([lead, trailing]) => {
      const body = pairs.map(([word, space], i) => (i === pairs.length - 1 && !trailing ? word : word + space)).join('');
      return lead + body;
    }),
  );

const inline: fc.Arbitrary<InlineNode> = fc.letrec<{ node: InlineNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    wordRun.map((text) => ({ text })),
    wordRun.map((text) => ({ text })),
    fc.constant({ br: true as const }),
    fc.record({
      tag: fc.constantFrom('em' as const, 'strong' as const, 'span' as const, 'a' as const, 'b' as const),
      children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
    }),
  ),
})).node;

export const randomBlocks: fc.Arbitrary<BlockNode[]> = fc.array(
  fc.record({
    tag: fc.constantFrom('p' as const, 'p' as const, 'li' as const, 'h2' as const, 'blockquote' as const, 'div' as const),
    children: fc.array(inline, { minLength: 1, maxLength: 5 }),
  }),
  { minLength: 1, maxLength: 6 },
);

function appendInline(doc: Document, parent: Node, node: InlineNode): void {
  if ('text' in node) {
    parent.appendChild(doc.createTextNode(node.text));
  } else if ('br' in node) {
    parent.appendChild(doc.createElement('br'));
  } else {
    const el = doc.createElement(node.tag);
    if (node.tag === 'a') el.setAttribute('href', '#x');
    for (const child of node.children) appendInline(doc, el, child);
    parent.appendChild(el);
  }
}

/** Replaces `doc.body` with an `<article>` built from `blocks` and returns the article. */
export function buildArticle(doc: Document, blocks: readonly BlockNode[]): HTMLElement {
  doc.body.replaceChildren();
  const article = doc.createElement('article');
  let list: HTMLElement | null = null;
  for (const block of blocks) {
    const el = doc.createElement(block.tag);
    for (const child of block.children) appendInline(doc, el, child);
    if (block.tag === 'li') {
      list ??= article.appendChild(doc.createElement('ul'));
      list.appendChild(el);
    } else {
      list = null;
      article.appendChild(el);
    }
  }
  doc.body.appendChild(article);
  return article;
}

/** Every node under `root` (root included), in document order. */
export function nodesUnder(root: Node): Node[] {
  const out: Node[] = [];
  const walker = root.ownerDocument?.createTreeWalker(root, 0xffffffff) ?? null;
  if (walker === null) return out;
  for (let n: Node | null = walker.currentNode; n !== null; n = walker.nextNode()) out.push(n);
  return out;
}
