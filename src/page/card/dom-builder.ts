/** Builds elements with text set through textContent only: page and knowledge text is never HTML. */

type Child = Node | string | null | false | undefined;

export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === false || child === undefined) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

/** Only http(s) links reach a card, so a knowledge entry can never smuggle in a script URL. */
export function safeLink(doc: Document, url: string, text: string): HTMLAnchorElement | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return element(doc, 'a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' }, [text]);
}
