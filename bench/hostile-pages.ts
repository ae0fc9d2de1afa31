/**
 * The pages of the "hostile and huge" table, made here (never committed): a page with 40,000
 * mentions of the seed story's names, and one with 6,000 that rewrites its text 1,000 times a
 * second. Each sentence names four of the story's people and places, all ungated. And a page that
 * names some of the big pack's people (tests/helpers/big-pack.ts), whose panels tell that pack.
 */
import { bigPackNames } from '../tests/helpers/big-pack';

const SENTENCE = 'Vladimir Medinsky met Rustem Umerov and Hakan Fidan in Istanbul';

function page(title: string, paragraphs: number, script = ''): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${SENTENCE} on day ${i + 1}.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>
<h1>${title}</h1>
${body}
</main>${script}</body></html>`;
}

/** 10,000 paragraphs of four mentions each. */
export function fortyThousandMentionsPage(): string {
  return page('Forty thousand mentions', 10_000);
}

/**
 * Issue 25's rewriting page: 6,000 mentions, and the page keeps rewriting paragraphs' text (a word
 * changes, the names stay) at 1,000 text changes a second, for as long as it is open.
 */
export function mutatingPage(): string {
  const script = `<script>
const texts = [...document.querySelectorAll('main p')].map((p) => p.firstChild);
let next = 0;
setInterval(() => {
  for (let k = 0; k < 10; k++) {
    const text = texts[next++ % texts.length];
    text.data = text.data.includes(' met ') ? text.data.replace(' met ', ' greeted ') : text.data.replace(' greeted ', ' met ');
  }
}, 10);
</script>`;
  return page('A page that never stops changing', 1_500, script);
}

/** A short article naming the first `named` people of a `count`-entity big pack, one a paragraph. */
export function packNamesPage(count: number, named: number): string {
  const body = bigPackNames(count)
    .slice(0, named)
    .map(({ name }, i) => `<p>${name} spoke on day ${i + 1} of the talks.</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The pack's people</title></head><body><main>
<h1>The pack's people</h1>
${body}
</main></body></html>`;
}
