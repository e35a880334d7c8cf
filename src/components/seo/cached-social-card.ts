/**
 * Social cards are the largest cost of a build per article. The PNG depends only on the card text and
 * the layout, so it is kept on disk between builds (like Astro's own cache in node_modules/.astro) and an
 * edit to one article redraws only that article's card. The missing ones are queued for the worker
 * threads as soon as the card route knows its list, so they are drawn ahead of the requests for them.
 * Bump CARD_LAYOUT_VERSION whenever render-social-card.ts changes what it draws.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CardText } from './render-social-card.ts';
import { drawSocialCard } from './social-card-pool.ts';

const CARD_LAYOUT_VERSION = 1;
const CACHE_DIR = join(process.cwd(), 'node_modules/.cache/error-codes-wiki/og');

/** Cards queued by prepareSocialCards and not yet asked for, by cache file. */
const drawing = new Map<string, Promise<Buffer>>();

const cacheFile = (card: CardText) =>
  join(CACHE_DIR, `${createHash('sha256').update(JSON.stringify([CARD_LAYOUT_VERSION, card.title, card.kicker])).digest('hex')}.png`);

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
