/** A child process of social-card-pool.ts: draws one card per message and sends back the PNG. */
import { renderSocialCard, type CardText } from './render-social-card.ts';

if (!process.send) throw new Error('social-card-worker.ts runs as a child process of social-card-pool.ts');
const send = process.send.bind(process);

const draw = async (card: CardText): Promise<void> => {
  try {
    const png = await renderSocialCard(card);
    send({ png });
  } catch (error) {
    send({ error: error instanceof Error ? error.stack : String(error) });
  }
};

process.on('message', (card: CardText) => void draw(card));
// The pool disconnects when no card is left; a build that stops early closes the channel too.
process.on('disconnect', () => process.exit());
