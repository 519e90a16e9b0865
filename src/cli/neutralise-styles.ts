/**
 * Takes the CSS out of a saved page before jsdom parses it. Article detection never reads
 * stylesheets, and jsdom's CSS parser throws on preprocessor leftovers (`calc(100% - $gutter)`,
 * `{{gap}}`, `#{$g}`, an unclosed `calc(`) in a `<style>` or a `style=""`, which would stop the
 * whole scan. `<style>` blocks and stylesheet links go; a style attribute goes too, except that
 * one hiding its element becomes a plain `display:none`, because hidden text is not article text.
 *
 * A small tag scanner rather than a regular expression over the whole page: attribute values may
 * hold `>`, and script text or comments may hold things that look like tags.
 */

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Elements whose content is raw text: nothing inside them is a tag. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const ATTRIBUTE = /[\s/]*([^\s/>=][^\s/>=]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?/y;

interface ScannedTag {
  /** Lower-cased tag name. */
  name: string;
  /** Index just past the tag's closing `>` (or the end of the input). */
  end: number;
  /** The tag rewritten without CSS, or null when it is dropped altogether. */
  text: string | null;
}

function unquote(value: string): string {
  const first = value[0];
  return (first === '"' || first === "'") && value.endsWith(first) ? value.slice(1, -1) : value;
}

function isStylesheetLink(name: string, attributes: ReadonlyMap<string, string>): boolean {
  return name === 'link' && /(?:^|\s)stylesheet(?:\s|$)/i.test(attributes.get('rel') ?? '');
}

/** Reads the start tag whose name begins at `at` (just after `<`). */
function scanStartTag(html: string, at: number): ScannedTag {
  TAG_NAME.lastIndex = at;
  const nameMatch = TAG_NAME.exec(html);
  const name = (nameMatch?.[0] ?? '').toLowerCase();
  let pos = at + (nameMatch?.[0].length ?? 0);
  const kept: string[] = [];
  const attributes = new Map<string, string>();
  for (;;) {
    ATTRIBUTE.lastIndex = pos;
    const match = ATTRIBUTE.exec(html);
    if (match === null || match[0].length === 0) {
      // Markup this scanner does not read (a stray quote, a name starting with `=`) is kept as it is.
      const close = html.indexOf('>', pos);
      const rest = html.slice(pos, close === -1 ? html.length : close);
      if (rest.endsWith('/')) kept.push(rest.slice(0, -1));
      else kept.push(rest);
      pos += rest.length;
      break;
    }
    pos += match[0].length;
    const attrName = (match[1] ?? '').toLowerCase();
    const rawValue = match[2];
    const value = rawValue === undefined ? '' : unquote(rawValue);
    attributes.set(attrName, value);
    if (attrName === 'style') {
      if (HIDING_STYLE.test(value)) kept.push(' style="display:none"');
    } else {
      kept.push(` ${match[1] ?? ''}${rawValue === undefined ? '' : `=${rawValue}`}`);
    }
  }
  while (pos < html.length && html[pos] !== '>') pos++;
  const selfClosing = html[pos - 1] === '/';
  const end = Math.min(pos + 1, html.length);
  if (name === 'style' || isStylesheetLink(name, attributes)) return { name, end, text: null };
  return { name, end, text: `<${html.slice(at, at + (nameMatch?.[0].length ?? 0))}${kept.join('')}${selfClosing ? ' /' : ''}>` };
}

/** Index of the end tag closing raw text `name` from `from`, or the end of the input. */
function rawTextEnd(html: string, name: string, from: number): number {
  const closing = new RegExp(`</${name}[\\s/>]`, 'gi');
  closing.lastIndex = from;
  const match = closing.exec(html);
  return match === null ? html.length : match.index;
}

export function neutraliseStyles(html: string): string {
  const out: string[] = [];
  let copied = 0;
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      pos = close === -1 ? html.length : close + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    const isLetter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (!isLetter) {
      pos = lt + 1;
      continue;
    }
    const tag = scanStartTag(html, lt + 1);
    out.push(html.slice(copied, lt));
    let end = tag.end;
    if (RAW_TEXT_TAGS.has(tag.name)) {
      const rawEnd = rawTextEnd(html, tag.name, tag.end);
      // A dropped `<style>` goes with its text; other raw text is copied untouched.
      if (tag.text === null) {
        const closeEnd = html.indexOf('>', rawEnd);
        end = rawEnd === html.length || closeEnd === -1 ? html.length : closeEnd + 1;
      } else {
        out.push(tag.text, html.slice(tag.end, rawEnd));
        tag.text = null;
        end = rawEnd;
      }
    }
    if (tag.text !== null) out.push(tag.text);
    copied = end;
    pos = end;
  }
  out.push(html.slice(copied));
  return out.join('');
}
