/**
 * Draws the add-in icons (a table with a check mark) as PNG files in assets/, with no image library:
 * each pixel is 4×4 supersampled against simple shapes, then written as an RGBA PNG through zlib.
 * Run: npx tsx scripts/makeIcons.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const BRAND: Rgba = [0x1f, 0x5f, 0xa8, 255];
const CHECK: Rgba = [0x1e, 0x9e, 0x5a, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

export const ICON_SIZES = [16, 32, 64, 80];

/** Distance from point p to the segment a–b, in unit coordinates. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour of one point of the glyph; (x, y) in [0, 1], y downwards. Lines keep ≥ 1 px at 16 px. */
function glyphColour(x: number, y: number, size: number): Rgba {
  const line = Math.max(1.15 / size, 0.06);
  const checkPath: [number, number][] = [
    [0.5, 0.66],
    [0.64, 0.8],
    [0.93, 0.42],
  ];
  let checkDistance = Infinity;
  for (let i = 0; i + 1 < checkPath.length; i++) {
    const [ax, ay] = checkPath[i];
    const [bx, by] = checkPath[i + 1];
    checkDistance = Math.min(checkDistance, segmentDistance(x, y, ax, ay, bx, by));
  }
  const checkHalfWidth = Math.max(1.4 / size, 0.07);
  if (checkDistance <= checkHalfWidth) return CHECK;
  if (checkDistance <= checkHalfWidth + Math.max(1 / size, 0.05)) return PAPER;

  const [left, top, right, bottom] = [0.06, 0.12, 0.82, 0.88];
  if (x < left || x > right || y < top || y > bottom) return CLEAR;
  const headerBottom = top + 0.2;
  if (y <= headerBottom) return BRAND;
  const onOutline = x - left < line || right - x < line || bottom - y < line;
  const rowLines = [
    headerBottom + (bottom - headerBottom) / 3,
    headerBottom + (2 * (bottom - headerBottom)) / 3,
  ];
  const onRowLine = rowLines.some((r) => Math.abs(y - r) < line / 2);
  const onColumnLine = Math.abs(x - (left + (right - left) * 0.38)) < line / 2;
  return onOutline || onRowLine || onColumnLine ? BRAND : PAPER;
}

function renderPixels(size: number): Buffer {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = glyphColour((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          // premultiply so that transparent samples do not darken the edges
          sum[0] += c[0] * c[3];
          sum[1] += c[1] * c[3];
          sum[2] += c[2] * c[3];
          sum[3] += c[3];
        }
      }
      const at = (py * size + px) * 4;
      const alpha = sum[3] / (samples * samples);
      pixels[at + 3] = Math.round(alpha);
      for (let k = 0; k < 3; k++) pixels[at + k] = sum[3] === 0 ? 0 : Math.round(sum[k] / sum[3]);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as a PNG: 8-bit colour type 6, no interlace, filter 0 on every row. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main(): void {
  const dir = join(__dirname, '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, renderPixels(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
