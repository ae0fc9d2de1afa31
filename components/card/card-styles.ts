/**
 * The card's stylesheet, injected into its shadow root. Sizes are fixed px on purpose: inside
 * the shadow root the page's font-size and rem must not change the card. The host is pinned
 * with !important because a `:host` rule only beats the page's own !important rules on the
 * host element when it is !important too. Custom properties use a `--bs-` prefix and are set on
 * the card itself, so variables inherited from the page cannot reach them.
 */
export const CARD_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  display: block !important;
  overflow: visible !important;
  z-index: 2147483646 !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  contain: none !important;
}

*, *::before, *::after { box-sizing: border-box; }

.bs-card {
  --bs-bg: #ffffff;
  --bs-fg: #16181d;
  --bs-muted: #5b616e;
  --bs-faint: #676d79;
  --bs-rule: #e6e8ec;
  --bs-soft: #f4f5f7;
  --bs-accent: #1f5fbf;
  --bs-accent-soft: #e8f0fc;
  --bs-focus: #1f5fbf;
  --bs-quote-rule: #c9ced6;
  --bs-shadow: 0 1px 2px rgba(16, 24, 40, 0.06), 0 12px 32px -4px rgba(16, 24, 40, 0.22);

  position: fixed;
  top: 0;
  left: 0;
  display: flex;
  flex-direction: column;
  width: 360px;
  max-width: calc(100vw - 16px);
  max-height: min(480px, calc(100vh - 16px));
  margin: 0;
  padding: 0;
  border: 1px solid var(--bs-rule);
  border-radius: 12px;
  background: var(--bs-bg);
  color: var(--bs-fg);
  box-shadow: var(--bs-shadow);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif;
  font-size: 14px;
  font-weight: 400;
  font-style: normal;
  line-height: 1.45;
  letter-spacing: normal;
  text-align: left;
  text-transform: none;
  text-decoration: none;
  text-indent: 0;
  text-shadow: none;
  white-space: normal;
  word-spacing: normal;
  direction: ltr;
  cursor: auto;
  -webkit-font-smoothing: antialiased;
  overflow: hidden;
  outline: none;
  pointer-events: auto;
  animation: bs-in 140ms ease-out;
}

@keyframes bs-in {
  from { opacity: 0; transform: translateY(4px); }
  to { opacity: 1; transform: none; }
}

@media (prefers-reduced-motion: reduce) {
  .bs-card { animation: none; }
  .bs-card * { transition: none !important; scroll-behavior: auto !important; }
}

@media (prefers-color-scheme: dark) {
  .bs-card {
    --bs-bg: #1c1e23;
    --bs-fg: #eceef2;
    --bs-muted: #aab0bc;
    --bs-faint: #858c99;
    --bs-rule: #33363e;
    --bs-soft: #26292f;
    --bs-accent: #8db6f5;
    --bs-accent-soft: #24324a;
    --bs-focus: #8db6f5;
    --bs-quote-rule: #4a4f59;
    --bs-shadow: 0 1px 2px rgba(0, 0, 0, 0.4), 0 14px 36px -4px rgba(0, 0, 0, 0.6);
  }
}

/* Zero-specificity resets, so every class rule below wins without !important. */
:where(.bs-card) :where(p, h2, h3, ul, li, figure, blockquote, figcaption) {
  margin: 0;
  padding: 0;
  font: inherit;
  color: inherit;
}
:where(.bs-card) :where(ul) { list-style: none; }
:where(.bs-card) :where(cite) { font-style: italic; }

:where(.bs-card) :where(button) {
  all: unset;
  box-sizing: border-box;
  font-family: inherit;
  cursor: pointer;
  border-radius: 6px;
}
.bs-card button:focus-visible {
  outline: 2px solid var(--bs-focus);
  outline-offset: 2px;
}
.bs-card button[disabled] { cursor: default; opacity: 0.4; }

.bs-scroll {
  flex: 1 1 auto;
  min-height: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 16px 18px 14px;
}

.bs-back {
  display: inline-flex;
  gap: 6px;
  margin: -4px 0 10px -6px;
  padding: 3px 6px;
  font-size: 12px;
  font-weight: 500;
  color: var(--bs-accent);
}
.bs-back:hover { background: var(--bs-accent-soft); }

.bs-head { position: relative; padding-right: 28px; }

.bs-kicker {
  display: flex;
  align-items: center;
  gap: 6px;
  font-size: 11px;
  font-weight: 600;
  line-height: 16px;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--bs-muted);
}
.bs-dot { color: var(--bs-faint); }
.bs-side { display: inline-flex; align-items: center; gap: 5px; }
.bs-chip {
  display: inline-block;
  width: 8px;
  height: 8px;
  border-radius: 50%;
  box-shadow: inset 0 0 0 1px rgba(0, 0, 0, 0.12);
}
.bs-chip-ukraine { background: #2a6fdb; }
.bs-chip-russia { background: #d03b33; }
.bs-chip-united-states { background: #6b4fbb; }
.bs-chip-europe { background: #1b9488; }
.bs-chip-turkey { background: #e07a1f; }
.bs-chip-other { background: #8a909c; }

.bs-name {
  margin-top: 4px;
  font-family: Georgia, 'Iowan Old Style', 'Times New Roman', 'Noto Serif', 'Liberation Serif', serif;
  font-size: 21px;
  font-weight: 700;
  line-height: 1.2;
  letter-spacing: -0.005em;
  color: var(--bs-fg);
}

.bs-role {
  margin-top: 4px;
  font-size: 14px;
  font-weight: 500;
  line-height: 1.4;
}
.bs-role-meta {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 2px 6px;
  margin-top: 2px;
  font-size: 12px;
  line-height: 18px;
}
.bs-asof { color: var(--bs-faint); }
.bs-role-meta .bs-tag { margin: 0; }
.bs-role-meta .bs-source { flex: 1 0 100%; width: 100%; margin-top: 4px; }

.bs-provenance {
  margin-top: 14px;
  padding-top: 10px;
  border-top: 1px solid var(--bs-rule);
  font-size: 11.5px;
  line-height: 1.45;
  color: var(--bs-muted);
}

.bs-more {
  margin-top: 8px;
  padding: 2px 6px;
  margin-left: 7px;
  font-size: 12.5px;
  font-weight: 600;
  color: var(--bs-accent);
}
.bs-more:hover { background: var(--bs-accent-soft); }

.bs-close {
  position: absolute;
  top: -4px;
  right: -8px;
  display: grid;
  place-items: center;
  width: 28px;
  height: 28px;
  color: var(--bs-muted);
}
.bs-close:hover { background: var(--bs-soft); color: var(--bs-fg); }

.bs-description {
  margin-top: 10px;
  color: var(--bs-muted);
  font-size: 14px;
  line-height: 1.5;
}

.bs-aliases {
  margin-top: 8px;
  font-size: 13px;
  line-height: 1.45;
}
.bs-label {
  font-size: 11px;
  font-weight: 600;
  letter-spacing: 0.04em;
  text-transform: uppercase;
  color: var(--bs-faint);
  margin-right: 4px;
}

.bs-section {
  margin-top: 14px;
  padding-top: 12px;
  border-top: 1px solid var(--bs-rule);
}
.bs-section-title {
  margin-bottom: 6px;
  font-size: 11px;
  font-weight: 600;
  line-height: 16px;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--bs-muted);
}

.bs-facts { display: grid; gap: 8px; }
.bs-fact {
  position: relative;
  padding-left: 13px;
  font-size: 13.5px;
  line-height: 1.45;
}
.bs-fact::before {
  content: '';
  position: absolute;
  left: 1px;
  top: 0.62em;
  width: 5px;
  height: 5px;
  border-radius: 50%;
  background: var(--bs-quote-rule);
}

.bs-tag {
  display: inline-block;
  margin: 0 4px 0 2px;
  padding: 0 6px;
  border-radius: 4px;
  background: var(--bs-soft);
  border: 1px solid var(--bs-rule);
  font-size: 10.5px;
  font-weight: 600;
  line-height: 16px;
  letter-spacing: 0.03em;
  text-transform: uppercase;
  color: var(--bs-muted);
  vertical-align: 1px;
}

.bs-source-toggle {
  display: inline-flex;
  align-items: center;
  gap: 3px;
  padding: 0 4px;
  margin-left: -2px;
  font-size: 12px;
  font-weight: 500;
  line-height: 18px;
  color: var(--bs-accent);
  white-space: nowrap;
}
.bs-source-toggle:hover { background: var(--bs-accent-soft); }
.bs-caret { transition: transform 120ms ease; }
.bs-source-toggle[aria-expanded='true'] .bs-caret { transform: rotate(180deg); }

.bs-source {
  margin: 6px 0 2px;
  padding: 8px 10px;
  border-radius: 8px;
  background: var(--bs-soft);
  font-size: 12.5px;
  line-height: 1.5;
}
.bs-source[hidden] { display: none; }
.bs-source-quote {
  font-family: Georgia, 'Times New Roman', 'Noto Serif', serif;
  font-size: 13px;
  color: var(--bs-fg);
}
.bs-source-quote + .bs-source-quote { margin-top: 6px; }
.bs-source-by {
  margin-top: 4px;
  font-size: 11.5px;
  color: var(--bs-muted);
}
.bs-source-by:first-child { margin-top: 0; font-size: 12.5px; }

.bs-quote {
  margin-top: 14px;
  padding: 2px 0 2px 12px;
  border-left: 3px solid var(--bs-quote-rule);
}
.bs-quote-text {
  font-family: Georgia, 'Times New Roman', 'Noto Serif', serif;
  font-size: 15px;
  font-style: italic;
  line-height: 1.45;
}
.bs-quote-by {
  display: flex;
  flex-direction: column;
  gap: 1px;
  margin-top: 6px;
  font-size: 12px;
  line-height: 1.4;
  color: var(--bs-muted);
}
.bs-quote-speaker { font-weight: 600; color: var(--bs-fg); }
.bs-quote-context { color: var(--bs-muted); }

.bs-relations { display: grid; gap: 4px; }
.bs-relation { font-size: 13.5px; line-height: 1.45; color: var(--bs-muted); }
.bs-relation-target {
  padding: 0 3px;
  margin-left: -3px;
  color: var(--bs-accent);
  font-weight: 600;
  text-decoration: underline;
  text-decoration-thickness: 1px;
  text-underline-offset: 2px;
}
.bs-relation-target:hover { background: var(--bs-accent-soft); }

.bs-foot {
  flex: 0 0 auto;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  padding: 8px 10px 8px 14px;
  border-top: 1px solid var(--bs-rule);
  background: var(--bs-soft);
}

.bs-mentions { display: flex; align-items: center; gap: 4px; min-width: 0; font-size: 11.5px; color: var(--bs-muted); }
.bs-mentions-count { white-space: nowrap; }
.bs-mentions-nav { display: inline-flex; align-items: center; gap: 2px; }
.bs-mentions-at { min-width: 28px; text-align: center; font-variant-numeric: tabular-nums; font-size: 11.5px; }
.bs-icon-button {
  display: grid;
  place-items: center;
  width: 22px;
  height: 24px;
  color: var(--bs-fg);
}
.bs-icon-button:not([disabled]):hover { background: var(--bs-rule); }

.bs-briefing {
  flex: 0 0 auto;
  margin-left: auto;
  padding: 5px 10px;
  border-radius: 7px;
  background: var(--bs-accent);
  color: var(--bs-bg);
  font-size: 12px;
  font-weight: 600;
  line-height: 18px;
  white-space: nowrap;
}
.bs-briefing:hover { filter: brightness(1.08); }

.bs-visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
`;
