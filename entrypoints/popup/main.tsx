import { render } from 'preact';

render(
  <main>
    <h1>Backstory</h1>
  </main>,
  document.getElementById('app') as HTMLElement,
);
