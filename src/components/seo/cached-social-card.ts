/**
 * Social cards cost ~25 ms each to rasterise, the largest share of a build's time per article. The PNG
 * depends only on the card text and the layout, so it is kept on disk between builds (like Astro's own
 * cache in node_modules/.astro) and an edit to one article redraws only that article's card.
 * Bump CARD_LAYOUT_VERSION whenever render-social-card.ts changes what it draws.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSocialCard, type CardText } from './render-social-card.ts';

const CARD_LAYOUT_VERSION = 1;
const CACHE_DIR = join(process.cwd(), 'node_modules/.cache/error-codes-wiki/og');

export async function cachedSocialCard(card: CardText): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify([CARD_LAYOUT_VERSION, card.title, card.kicker])).digest('hex');
  const file = join(CACHE_DIR, `${key}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await renderSocialCard(card);
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      writeFileSync(file, png);
    } catch {
      // A read-only or missing node_modules only costs the cache, never the build.
    }
    return png;
  }
}
