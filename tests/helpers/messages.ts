/** The interface's tables as the components get them: English (their default) and Ukrainian. */

import { tableMessages } from '../../lib/views/messages';
import englishTable from '../../public/_locales/en/messages.json';
import ukrainianTable from '../../public/_locales/uk/messages.json';

export const english = tableMessages(englishTable);
export const ukrainian = tableMessages(ukrainianTable);
export { englishTable, ukrainianTable };
