/**
 * The content-script stylesheet that paints our named highlights, written from the kind registry
 * at build time (`highlights.css`). It only styles `::highlight(footnote-…)`, so it touches nothing
 * on the page until a highlight is registered.
 */
import { KINDS, rgb, type KindPalette } from '../kinds';
import { FOCUS_HIGHLIGHT_NAME } from './highlight-names';

const TINT_ALPHA = { light: 0.1, dark: 0.18 } as const;
const UNDERLINE_ALPHA = { light: 0.75, dark: 0.8 } as const;

function kindRule(name: string, palette: KindPalette, scheme: 'light' | 'dark'): string {
  const underline = scheme === 'light' ? palette.tint : palette.ink;
  return [
    `::highlight(${name}) {`,
    `  background-color: ${rgb(palette.tint, TINT_ALPHA[scheme])};`,
    `  text-decoration: underline 2px ${rgb(underline, UNDERLINE_ALPHA[scheme])};`,
    `  text-underline-offset: 3px;`,
    `}`,
  ].join('\n');
}

export function highlightStylesheet(): string {
  const light = KINDS.map((definition) => kindRule(definition.highlightName, definition.light, 'light'));
  const dark = KINDS.map((definition) => kindRule(definition.highlightName, definition.dark, 'dark').replace(/^/gm, '  '));
  const focus = [
    `::highlight(${FOCUS_HIGHLIGHT_NAME}) {`,
    '  background-color: rgba(250, 204, 21, 0.45);',
    '  text-decoration: underline 3px rgb(161, 98, 7);',
    '}',
  ].join('\n');
  return [
    '/* Generated from src/kinds.ts by scripts/build.ts. */',
    ...light,
    focus,
    '@media (prefers-color-scheme: dark) {',
    ...dark,
    '}',
    '',
  ].join('\n');
}
