/** A worker thread of social-card-pool.ts: draws one card per message and sends back the PNG. */
import { parentPort } from 'node:worker_threads';
import { renderSocialCard, type CardText } from './render-social-card.ts';

async function draw(card: CardText): Promise<void> {
  try {
    const png = await renderSocialCard(card);
    parentPort!.postMessage({ png });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.stack : String(error) });
  }
}

parentPort!.on('message', (card: CardText) => void draw(card));
