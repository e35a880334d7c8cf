/**
 * Draws a 1200×630 social preview card (the image link previews show) as PNG at build time:
 * the page title large, its category above it, the site name below. satori lays the card out as
 * SVG with the Inter font; resvg rasterises the SVG and encode-png.ts writes the PNG. Runs in worker
 * threads (social-card-worker.ts) and is cached between builds by cached-social-card.ts, whose cache
 * key is a hash of this code and the fonts.
 */
import { readFileSync } from 'node:fs';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { BRAND_COLOR, SITE_NAME } from '../seo/site.ts';
import { encodeOpaquePng } from './encode-png.ts';
import { cardFontFile, type CardFontWeight } from './fonts.ts';

const CARD_WIDTH = 1200;
const CARD_HEIGHT = 630;
const STRIPE_HEIGHT = 16;

const font = (weight: CardFontWeight) => readFileSync(cardFontFile(weight));
let fonts: { name: string; data: Buffer; weight: CardFontWeight; style: 'normal' }[] | undefined;

interface Box {
  type: string;
  props: { style: Record<string, string | number>; children: (Box | string)[] | Box | string };
}
const box = (style: Box['props']['style'], children: Box['props']['children']): Box => ({ type: 'div', props: { style, children } });

export interface CardText {
  title: string;
  /** The line above the title: the category of an article, a tagline for other pages. */
  kicker: string;
}

export async function renderSocialCard({ title, kicker }: CardText): Promise<Buffer> {
  fonts ??= [
    { name: 'Inter', data: font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: font(700), weight: 700, style: 'normal' },
  ];
  // Long titles step down so two to four lines always fit.
  const titleSize = title.length > 90 ? 52 : title.length > 60 ? 60 : 72;
  const card = box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      // satori sizes boxes without their padding unless told otherwise.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${72 + STRIPE_HEIGHT}px 80px 72px`,
      background: '#0f172a',
      color: '#f8fafc',
      fontFamily: 'Inter',
    },
    [
      // A box, not a border-top: satori draws a border as a clipped stroke, which costs resvg three
      // full-size clip masks (almost half the rasterising time) for the same pixels.
      box({ position: 'absolute', top: 0, left: 0, width: CARD_WIDTH, height: STRIPE_HEIGHT, background: BRAND_COLOR }, []),
      box({ display: 'flex', flexDirection: 'column' }, [
        box({ display: 'flex', fontSize: 32, fontWeight: 700, color: '#fca5a5', textTransform: 'uppercase', letterSpacing: 2 }, kicker),
        box({ display: 'flex', marginTop: 28, fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, title),
      ]),
      box({ display: 'flex', alignItems: 'center', fontSize: 34, color: '#cbd5e1' }, [
        box(
          {
            background: BRAND_COLOR,
            color: '#ffffff',
            borderRadius: 8,
            padding: '4px 14px',
            marginRight: 20,
            fontWeight: 700,
            fontSize: 28,
          },
          'ERR',
        ),
        box({ display: 'flex' }, SITE_NAME),
      ]),
    ],
  );
  const svg = await satori(card as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  // satori has already turned the text into paths: scanning the system's fonts would only cost time.
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render();
  return encodeOpaquePng(image.pixels, image.width, image.height);
}
