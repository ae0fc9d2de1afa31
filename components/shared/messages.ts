/**
 * The interface's words for every component, given by the entrypoint through context
 * (`<MessagesProvider value={browserMessages()}>`) so that components stay props-in and never
 * call `browser.*`. In the component tests, without a provider, the words are English, read from
 * the same `_locales/en` table the browser uses.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EntityType, SideId } from '../../data/schema';
import { createMessages, type MessageKey, type Messages, tableMessages } from '../../lib/views/messages';
import { ARTICLE_GROUP_LABEL, ELSEWHERE_GROUP_LABEL } from '../../lib/views/panel-view';
import english from '../../public/_locales/en/messages.json';

// Outside a provider (the component tests) components speak English. The built extension always
// provides the browser's messages, so its bundles leave the table out (docs/decisions/0017): a
// component left without a provider there shows message keys, which the e2e tests would catch.
const MessagesContext = createContext<Messages>(
  import.meta.env.MODE === 'test' ? tableMessages(english) : createMessages(() => '', 'en'),
);

export const MessagesProvider = MessagesContext.Provider;

export function useMessages(): Messages {
  return useContext(MessagesContext);
}

/** A side's name ("Україна"): the story data keeps ids, the words are the interface's. */
export function sideName(m: Messages, side: SideId): string {
  return m.t(`side${camelCase(side)}` as MessageKey);
}

export function typeName(m: Messages, type: EntityType): string {
  return m.t(`type${camelCase(type)}` as MessageKey);
}

/** A panel group's heading: its side's name, or for an article read by Backstory what its text names and what else the page shows. */
export function groupName(m: Messages, group: { side: SideId; label: string }): string {
  if (group.label === ARTICLE_GROUP_LABEL) return m.t('groupNamedInArticle');
  if (group.label === ELSEWHERE_GROUP_LABEL) return m.t('groupElsewhereOnPage');
  return sideName(m, group.side);
}

/** "united-states" → "UnitedStates": message keys allow only letters, digits and "_". */
export function camelCase(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
