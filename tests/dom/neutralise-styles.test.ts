/** Pages whose CSS jsdom cannot parse still parse once their styles are neutralised. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { neutraliseStyles } from '../../src/cli/neutralise-styles';
import { CRASHING_CSS_VALUES, pageWithCss } from '../fixtures/crash-css/inputs';

function parse(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

describe('neutraliseStyles', () => {
  for (const value of CRASHING_CSS_VALUES) {
    for (const where of ['style', 'attribute'] as const) {
      it(`lets jsdom parse ${value} in a ${where}`, () => {
        const html = pageWithCss(value, where);
        // jsdom itself throws on every one of them in a stylesheet (the reason this module exists).
        if (where === 'style') expect(() => parse(html)).toThrow();
        const doc = parse(neutraliseStyles(html));
        expect(doc.getElementsByTagName('p')).toHaveLength(4);
        expect(doc.body.textContent).toContain('winter shelter program');
        expect(doc.getElementsByTagName('style')).toHaveLength(0);
        expect(doc.querySelector('[style]')).toBeNull();
      });
    }
  }

  it('keeps hidden elements hidden and every other attribute as written', () => {
    const html =
      '<div class="a" data-x="1 > 0" style="color: $c; display: none">gone</div>' +
      "<p title='a > b' style=\"width: calc(100% - $g)\">kept</p><br/><img src=x.png alt=\"\">";
    const doc = parse(neutraliseStyles(html));
    const div = doc.querySelector('div');
    expect(div?.getAttribute('style')).toBe('display:none');
    expect(div?.getAttribute('data-x')).toBe('1 > 0');
    expect(doc.querySelector('p')?.getAttribute('title')).toBe('a > b');
    expect(doc.querySelector('p')?.hasAttribute('style')).toBe(false);
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('x.png');
  });

  it('drops stylesheet links and leaves scripts, comments and other links alone', () => {
    const script = 'var s = "<p style=\'x\'>" + "<style>";';
    const html =
      '<head><link rel="stylesheet" href="a.css"><link rel="canonical" href="https://news.example/a">' +
      `<script>${script}</script></head><body><!-- <style> --><p>text</p></body>`;
    const doc = parse(neutraliseStyles(html));
    expect(doc.querySelectorAll('link')).toHaveLength(1);
    expect(doc.querySelector('link')?.getAttribute('rel')).toBe('canonical');
    expect(doc.querySelector('script')?.textContent).toBe(script);
    expect(doc.body.textContent).toBe('text');
  });

  it('survives an unclosed style block and an unclosed tag at the end', () => {
    expect(parse(neutraliseStyles('<p>before</p><style>.a{width:calc(')).body.textContent).toBe('before');
    expect(() => parse(neutraliseStyles('<p>before</p><p style="width:calc('))).not.toThrow();
  });
});
