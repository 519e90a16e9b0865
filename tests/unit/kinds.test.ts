/** Everything that lists kinds derives from the registry: a new kind cannot be half-added. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { message } from '../../src/i18n';
import type { Mention } from '../../src/core/types';
import { buildCardView } from '../../src/knowledge/card-view';
import { KINDS, KIND_ORDER, kindInkRules, rgb } from '../../src/kinds';
import { DEFAULT_SETTINGS, migrateSettings } from '../../src/extension/settings';
import { CARD_CSS } from '../../src/page/card/card-styles';
import { FOCUS_HIGHLIGHT_NAME, HIGHLIGHT_NAMES } from '../../src/page/highlight-names';
import { highlightStylesheet } from '../../src/page/highlight-stylesheet';
import { MENTION_KINDS } from '../../scripts/bench/gold-score';

const ROOT = path.join(import.meta.dirname, '..', '..');

/** Selector -> declarations of every top-level and @media rule, by a small CSS reader. */
function highlightRules(css: string, media: 'light' | 'dark'): Map<string, string> {
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  const part = media === 'light' ? css.slice(0, darkStart) : css.slice(darkStart);
  return new Map([...part.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)].map((match) => [match[1]!, match[2]!]));
}

describe('the kind registry', () => {
  it('gives every kind a distinct highlight name, used by the painter', () => {
    const names = KINDS.map((definition) => definition.highlightName);
    expect(new Set([...names, FOCUS_HIGHLIGHT_NAME]).size).toBe(names.length + 1);
    expect(Object.values(HIGHLIGHT_NAMES)).toEqual(names);
  });

  it('gives every kind a highlight rule in light and dark in the generated stylesheet', () => {
    const css = highlightStylesheet();
    for (const scheme of ['light', 'dark'] as const) {
      const rules = highlightRules(css, scheme);
      for (const definition of KINDS) {
        expect(rules.get(definition.highlightName), `${definition.kind} in ${scheme}`).toMatch(/background-color: rgba\(/);
      }
    }
    expect(highlightRules(css, 'light').has(FOCUS_HIGHLIGHT_NAME)).toBe(true);
  });

  it('is what the build ships as highlights.css', () => {
    const built = path.join(ROOT, 'dist', 'chrome', 'highlights.css');
    let shipped: string;
    try {
      shipped = readFileSync(built, 'utf8');
    } catch {
      console.warn('skipped: dist/chrome is missing (run `npm run build`)');
      return;
    }
    expect(shipped).toBe(highlightStylesheet());
  });

  it('gives every kind a popup colour and a card colour in both schemes, labels, a settings switch and a benchmark column', () => {
    const popupCss = kindInkRules();
    for (const definition of KINDS) {
      expect(popupCss.split(`[data-kind="${definition.kind}"]`)).toHaveLength(3);
      for (const palette of [definition.light, definition.dark]) {
        expect(CARD_CSS, `${definition.kind} on the card`).toContain(`.card[data-kind="${definition.kind}"] { --kind-ink: ${rgb(palette.ink)}; }`);
      }
      expect(message(definition.singularMessage)).not.toBe('');
      expect(message(definition.pluralMessage)).not.toBe('');
      expect(DEFAULT_SETTINGS.kinds[definition.kind]).toBe(true);
    }
    expect(Object.keys(migrateSettings({ kinds: {} }).kinds)).toEqual(KIND_ORDER);
    expect(MENTION_KINDS).toEqual(KIND_ORDER);
  });

  it('labels every kind’s card with the registry’s label', () => {
    const base = { start: 0, end: 1, text: 'X', entityId: null };
    const examples: Record<string, Mention> = {
      person: { ...base, kind: 'person', personKey: 'x', articleDescription: null },
      statute: { ...base, kind: 'statute', citation: 'X' },
      statistic: { ...base, kind: 'statistic', value: 1, valueHigh: null, unit: 'count', qualifier: null, counts: null, comparison: null },
    };
    for (const definition of KINDS) {
      const mention = examples[definition.kind];
      expect(mention, `an example ${definition.kind} mention for this test`).toBeDefined();
      const view = buildCardView({ mention: mention!, cards: {}, mentions: [mention!], articleDate: null, now: new Date() });
      expect(view.kindLabel).toBe(message(definition.singularMessage));
    }
  });

  it('is the only list of kinds: no other file repeats the kind names as a list, or a kind’s colour', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
    const hex = (colour: readonly number[]): string => `#${colour.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
    const colours = KINDS.flatMap((definition) => [definition.light, definition.dark]).flatMap((palette) => [palette.ink, palette.tint]);
    const copies = [...files(path.join(ROOT, 'src')), ...files(path.join(ROOT, 'scripts'))]
      .filter((file) => /\.(ts|css|html)$/.test(file) && !file.endsWith(path.join('src', 'kinds.ts')))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        const found: string[] = [];
        // Two or more kind names in one list literal: a second registry.
        const names = KIND_ORDER.map((kind) => `'${kind}'`).join('|');
        if (new RegExp(`\\[\\s*(?:${names})\\s*,\\s*(?:${names})`).test(text)) found.push(`${file}: lists kinds`);
        // A kind's colour beside a kind's name: a second palette. (The person blue is also the
        // brand accent of focus rings and the badge; that use names no kind.)
        for (const line of text.split('\n').filter((line) => new RegExp(`${KIND_ORDER.join('|')}|data-kind`).test(line))) {
          for (const colour of colours) {
            if (line.toLowerCase().includes(hex(colour)) || line.includes(rgb(colour))) found.push(`${file}: repeats ${hex(colour)}: ${line.trim()}`);
          }
        }
        return found;
      });
    expect(copies).toEqual([]);
  });

  it('keeps the UI colours readable: 4.5:1 against the popup background in each scheme', () => {
    const luminance = (rgb: readonly number[]): number => {
      const [r, g, b] = rgb.map((value) => {
        const channel = value / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: readonly number[], b: readonly number[]): number => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };
    for (const definition of KINDS) {
      expect(contrast(definition.light.ink, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(definition.dark.ink, [13, 17, 23])).toBeGreaterThanOrEqual(4.5);
    }
  });
});
