/**
 * Draws the add-in's icons (a bar chart with a check mark on a court-blue tile) and writes them as PNG files
 * to `assets/`: `node scripts/run-ts.js scripts/make-icons.ts`. The icons are committed; this script is how
 * they were made, so a new size or colour is one edit here, not a trip to an image editor.
 *
 * The shapes are described in a unit square and sampled 4×4 times per pixel, so every size is drawn from the
 * same description with smooth edges. PNG encoding uses only node's zlib.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

/** the sizes the manifest declares: ribbon 16/32/80, IconUrl 32, HighResolutionIconUrl 64 */
export const ICON_SIZES = [16, 32, 64, 80] as const;

export function iconFileName(size: number): string {
  return `icon-${size}.png`;
}

type Rgba = [number, number, number, number];

const COURT_BLUE: Rgba = [0x1d, 0x4f, 0x9c, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GOLD: Rgba = [0xf5, 0xb8, 0x2e, 255];

/** x, y in the unit square (y down); true when the point lies inside the shape */
type Shape = (x: number, y: number) => boolean;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** a thick polyline with round joints */
function stroke(points: [number, number][], width: number): Shape {
  const half = width / 2;
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half) return true;
    }
    return false;
  };
}

/** painted in order, later layers on top */
const LAYERS: [Shape, Rgba][] = [
  [roundedRect(0.03, 0.03, 0.97, 0.97, 0.18), COURT_BLUE],
  // three rising bars: the statistics
  [roundedRect(0.15, 0.6, 0.31, 0.85, 0.03), WHITE],
  [roundedRect(0.39, 0.48, 0.55, 0.85, 0.03), WHITE],
  [roundedRect(0.63, 0.4, 0.79, 0.85, 0.03), WHITE],
  // the check mark: verified
  [stroke([[0.2, 0.3], [0.34, 0.42], [0.6, 0.14]], 0.11), GOLD],
];

const SAMPLES = 4;

/** RGBA pixels, row by row, premultiplied coverage blended over transparency */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let colour: Rgba | null = null;
          for (const [inside, c] of LAYERS) if (inside(x, y)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 255;
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const covered = a / 255;
      const o = (py * size + px) * 4;
      pixels[o] = covered ? Math.round(r / covered) : 0;
      pixels[o + 1] = covered ? Math.round(g / covered) : 0;
      pixels[o + 2] = covered ? Math.round(b / covered) : 0;
      pixels[o + 3] = Math.round(a / n);
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

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** an 8-bit RGBA, non-interlaced PNG */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(rows, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function iconPng(size: number): Buffer {
  return encodePng(size, size, drawIcon(size));
}

function main(): void {
  const dir = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(dir, iconFileName(size));
    fs.writeFileSync(file, iconPng(size));
    process.stdout.write(`${path.relative(process.cwd(), file)}  ${size}×${size}\n`);
  }
}

// run-ts.js sets argv[1] to the script it runs; under jest this module is only imported
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) main();
