/**
 * Social cards are the largest cost of a build per article. The PNG depends only on the card text and
 * the layout, so it is kept on disk between builds (like Astro's own cache in node_modules/.astro) and an
 * edit to one article redraws only that article's card. The missing ones are queued for the drawing
 * processes as soon as the card route knows its list, so they are drawn ahead of the requests for them.
 * The cache key covers everything that decides the pixels: the card text, the renderer's own source,
 * its fonts and the versions of satori and resvg, so a change to any of them redraws every card.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CARD_FONT_WEIGHTS, cardFontFile } from './fonts.ts';
import type { CardText } from './render-social-card.ts';
import { drawSocialCard } from './social-card-pool.ts';

const CACHE_DIR = join(process.cwd(), 'node_modules/.cache/error-codes-wiki/og');

/** The source files that draw a card: render-social-card.ts and what it imports (a test keeps this complete). */
export const RENDERER_FILES = ['./render-social-card.ts', './encode-png.ts', './fonts.ts', '../seo/site.ts'].map(
  (file) => new URL(file, import.meta.url),
);
const RENDERER_PACKAGES = ['satori', '@resvg/resvg-js'];

let renderer: string | undefined;
/** A hash of the renderer's source, fonts and packages, computed once per build. */
export function rendererHash(): string {
  if (!renderer) {
    const hash = createHash('sha256');
    const require = createRequire(import.meta.url);
    for (const file of [...RENDERER_FILES, ...CARD_FONT_WEIGHTS.map(cardFontFile)]) hash.update(readFileSync(file));
    for (const name of RENDERER_PACKAGES) hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
    renderer = hash.digest('hex');
  }
  return renderer;
}

/** Cards queued by prepareSocialCards and not yet asked for, by cache file. */
const drawing = new Map<string, Promise<Buffer>>();

/** Names a card's pixels: its text and the renderer. Also the card route's key for Astro's incremental build. */
export const cardKey = (card: CardText) =>
  createHash('sha256')
    .update(JSON.stringify([rendererHash(), card.title, card.kicker]))
    .digest('hex');

const cacheFile = (card: CardText) => join(CACHE_DIR, `${cardKey(card)}.png`);

async function draw(card: CardText, file: string): Promise<Buffer> {
  const png = await drawSocialCard(card);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, png);
  } catch {
    // A read-only or missing node_modules only costs the cache, never the build.
  }
  return png;
}

/** Starts drawing, in this order, every card that is not on disk yet. */
export function prepareSocialCards(cards: CardText[]): void {
  for (const card of cards) {
    const file = cacheFile(card);
    if (drawing.has(file) || existsSync(file)) continue;
    const png = draw(card, file);
    // A failure is reported by the request for the card, not as an unhandled rejection here.
    png.catch(() => {});
    drawing.set(file, png);
  }
}

export function cachedSocialCard(card: CardText): Promise<Buffer> {
  const file = cacheFile(card);
  const queued = drawing.get(file);
  if (queued) {
    drawing.delete(file);
    return queued;
  }
  try {
    return Promise.resolve(readFileSync(file));
  } catch {
    return draw(card, file);
  }
}
