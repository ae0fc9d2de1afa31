import { render } from 'preact';
import '../../components/shared/theme.css';
import '../../components/shared/switch.css';
import '../../components/popup/popup.css';
import { App } from './App';

render(<App />, document.getElementById('app') as HTMLElement);
