/**
 * The manifest's next / previous mention shortcuts, forwarded by the background
 * (lib/extension/command-forwarding.ts), handed to the card.
 */
import { onMessage } from '../../lib/extension/page-messages';
import type { CardTrigger } from './card-trigger';

/** Returns the function that stops listening. */
export function followMentionCommands(cards: Pick<CardTrigger, 'step'>): () => void {
  return onMessage('commandInvoked', ({ data }) => cards.step(data === 'previous-mention' ? -1 : 1));
}
