import { render } from 'preact';
import '../../components/shared/theme.css';
import '../../components/shared/switch.css';
import '../../components/options/options.css';
import { MessagesProvider } from '../../components/shared/messages';
import { browserMessages } from '../../lib/extension/ui-messages';
import { App } from './App';

// The page in the browser's language where Backstory has it (public/_locales/), English otherwise.
const messages = browserMessages();
document.documentElement.lang = messages.lang;
document.title = messages.t('optionsTitle');
render(
  <MessagesProvider value={messages}>
    <App />
  </MessagesProvider>,
  document.getElementById('app') as HTMLElement,
);
