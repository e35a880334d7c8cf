import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, inflateSync } from 'node:zlib';
import ts from 'typescript';
import { encodeOpaquePng } from '../../src/lib/social-card/encode-png.ts';
import { renderSocialCard } from '../../src/lib/social-card/render-social-card.ts';
import { drawSocialCard } from '../../src/lib/social-card/social-card-pool.ts';
import { RENDERER_FILES } from '../../src/lib/social-card/cached-social-card.ts';

/** Reads back what encodeOpaquePng writes (8-bit indexed or RGB, filter None) as RGBA, checking every CRC. */
function decodePng(png: Buffer) {
  assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    assert.equal(png.readUInt32BE(at + 8 + length), crc32(png.subarray(at + 4, at + 8 + length)), `${type} CRC`);
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const header = chunks.get('IHDR')![0]!;
  const [width, height, depth, colourType] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]];
  assert.equal(depth, 8);
  const palette = chunks.get('PLTE')?.[0];
  const rows = inflateSync(Buffer.concat(chunks.get('IDAT')!));
  const samples = colourType === 3 ? 1 : 3;
  const rgba = Buffer.alloc(width * height * 4, 255);
  for (let y = 0; y < height; y++) {
    const row = y * (width * samples + 1);
    assert.equal(rows[row], 0, 'filter type None');
    for (let x = 0; x < width; x++) {
      const source = colourType === 3 ? palette!.subarray(rows[row + 1 + x]! * 3) : rows.subarray(row + 1 + x * 3);
      source.copy(rgba, (y * width + x) * 4, 0, 3);
    }
  }
  return { width, height, colourType, paletteSize: palette ? palette.length / 3 : 0, rgba };
}

/** Opaque pixels: a background with `colours` distinct colours drawn along the middle row. */
function picture(width: number, height: number, colours: number) {
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([15, 23, 42, 255], i * 4);
  for (let c = 0; c < colours; c++) rgba.set([c & 255, c >> 8, 200, 255], ((height >> 1) * width + c) * 4);
  return rgba;
}

test('a picture with up to 256 colours is written as an indexed PNG with the same pixels', () => {
  const rgba = picture(300, 5, 255);
  const png = decodePng(encodeOpaquePng(rgba, 300, 5));
  assert.deepEqual([png.width, png.height, png.colourType, png.paletteSize], [300, 5, 3, 256]);
  assert.ok(png.rgba.equals(rgba));
});

test('a picture with more than 256 colours is written as truecolour with the same pixels', () => {
  const rgba = picture(300, 5, 257);
  const png = decodePng(encodeOpaquePng(rgba, 300, 5));
  assert.equal(png.colourType, 2);
  assert.ok(png.rgba.equals(rgba));
});

test('the encoder refuses a pixel that is not opaque and a buffer of the wrong size', () => {
  const rgba = picture(4, 4, 1);
  rgba[(2 * 4 + 3) * 4 + 3] = 128;
  assert.throws(() => encodeOpaquePng(rgba, 4, 4), /pixel 3,2 is not opaque/);
  assert.throws(() => encodeOpaquePng(picture(4, 4, 1), 4, 5), /expected 4×5 RGBA pixels, got 64 bytes/);
});

test('a social card is a 1200×630 PNG in the card colours, the brand stripe on top', async () => {
  const png = decodePng(
    await renderSocialCard({ title: 'Nginx 502 Bad Gateway: connect() failed (111: Connection refused)', kicker: 'Web server' }),
  );
  assert.deepEqual([png.width, png.height], [1200, 630]);
  assert.ok(png.paletteSize > 20, 'the title and kicker drawn with anti-aliased edges');
  const pixel = (x: number, y: number) => [...png.rgba.subarray((y * 1200 + x) * 4, (y * 1200 + x) * 4 + 3)];
  assert.deepEqual(pixel(600, 8), [0xb9, 0x1c, 0x1c], 'brand stripe');
  assert.deepEqual(pixel(600, 16), [0x0f, 0x17, 0x2a], 'background just below the stripe');
  assert.deepEqual(pixel(1190, 620), [0x0f, 0x17, 0x2a], 'background in the corner');
});

test('cards drawn at once in the drawing processes each come back as their own card, as drawn in-process', async () => {
  const cards = ['502 Bad Gateway', 'Connection refused', 'Permission denied', 'No space left on device', 'Too many open files'].map(
    (title) => ({ title, kicker: 'Web server' }),
  );
  const drawn = await Promise.all(cards.map(drawSocialCard));
  for (const [i, card] of cards.entries()) assert.ok(drawn[i]!.equals(await renderSocialCard(card)), card.title);
});

test('the card cache key hashes every source file the renderer imports', () => {
  const hashed = new Set(RENDERER_FILES.map((url) => url.pathname));
  const missing: string[] = [];
  const visit = (file: string) => {
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const imported = resolve(dirname(file), fileName);
      if (!hashed.has(imported)) missing.push(`${file} imports ${imported}`);
      else visit(imported);
    }
  };
  visit(fileURLToPath(RENDERER_FILES[0]!));
  assert.deepEqual(missing, []);
});
