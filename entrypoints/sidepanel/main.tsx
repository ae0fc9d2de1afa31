import { render } from 'preact';
import '../../components/shared/theme.css';
import '../../components/briefing/briefing.css';
import { App } from './App';

render(<App />, document.getElementById('app') as HTMLElement);
