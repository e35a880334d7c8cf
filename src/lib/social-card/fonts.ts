/** The font files social cards are drawn with: read by the renderer, hashed into the cache key. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const CARD_FONT_WEIGHTS = [400, 700] as const;
export type CardFontWeight = (typeof CARD_FONT_WEIGHTS)[number];

export const cardFontFile = (weight: CardFontWeight) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
