/**
 * Draws Footnote's toolbar mark (a page of text lines with a footnote dot) at every size the
 * manifest names, plus grey "off" variants. Our own artwork, encoded as PNG with node's zlib.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { REPO_ROOT } from './lib/paths';
import { itemAt } from '../src/core/item-at';

type Rgb = readonly [number, number, number];
const SIZES = [16, 32, 48, 128] as const;
const SUBSAMPLES = 4;

interface Palette {
  readonly page: Rgb;
  readonly line: Rgb;
  readonly mark: Rgb;
  readonly dot: Rgb;
}

const ON: Palette = { page: [30, 58, 138], line: [255, 255, 255], mark: [250, 204, 21], dot: [250, 204, 21] };
const OFF: Palette = { page: [110, 116, 125], line: [235, 235, 235], mark: [190, 190, 190], dot: [190, 190, 190] };

type Shape = (x: number, y: number) => boolean;

function roundedRect(x0: number, y0: number, x1: number, y1: number, radius: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
    const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

function circle(cx: number, cy: number, r: number): Shape {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Shapes in unit coordinates, painted back to front. */
function layers(p: Palette): Array<[Shape, Rgb]> {
  return [
    [roundedRect(0.04, 0.04, 0.96, 0.96, 0.18), p.page],
    [roundedRect(0.18, 0.26, 0.66, 0.36, 0.05), p.line],
    [roundedRect(0.18, 0.45, 0.82, 0.55, 0.05), p.line],
    [roundedRect(0.18, 0.64, 0.58, 0.74, 0.05), p.mark],
    [circle(0.8, 0.26, 0.09), p.dot],
  ];
}

function render(size: number, palette: Palette): Buffer {
  const shapes = layers(palette);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum: [number, number, number, number] = [0, 0, 0, 0];
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const u = (x + (sx + 0.5) / SUBSAMPLES) / size;
          const v = (y + (sy + 0.5) / SUBSAMPLES) / size;
          let color: Rgb | null = null;
          for (const [shape, rgb] of shapes) if (shape(u, v)) color = rgb;
          if (color) {
            sum[0] += color[0];
            sum[1] += color[1];
            sum[2] += color[2];
            sum[3] += 1;
          }
        }
      }
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      const covered = sum[3];
      raw[offset] = covered ? Math.round(sum[0] / covered) : 0;
      raw[offset + 1] = covered ? Math.round(sum[1] / covered) : 0;
      raw[offset + 2] = covered ? Math.round(sum[2] / covered) : 0;
      raw[offset + 3] = Math.round((covered / SUBSAMPLES ** 2) * 255);
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = itemAt(CRC_TABLE, (crc ^ byte) & 0xff) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  writeFileSync(path.join(REPO_ROOT, 'icons', `footnote-${size}.png`), png(size, render(size, ON)));
  writeFileSync(path.join(REPO_ROOT, 'icons', `footnote-${size}-off.png`), png(size, render(size, OFF)));
}
console.log(`wrote ${SIZES.length * 2} icons to icons/`);
