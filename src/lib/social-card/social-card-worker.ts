/** A worker thread of social-card-pool.ts: draws one card per message and sends back the PNG. */
import { parentPort } from 'node:worker_threads';
import { renderSocialCard, type CardText } from './render-social-card.ts';

const port = parentPort;
if (!port) throw new Error('social-card-worker.ts runs as a worker thread of social-card-pool.ts');

const draw = async (card: CardText): Promise<void> => {
  try {
    const png = await renderSocialCard(card);
    port.postMessage({ png });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.stack : String(error) });
  }
};

port.on('message', (card: CardText) => void draw(card));
