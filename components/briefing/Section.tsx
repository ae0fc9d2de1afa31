/** A briefing section: a landmark region with its heading, focusable so the section nav can move focus to it. */
import type { ComponentChildren } from 'preact';

export function Section(props: { id: string; title: string; children: ComponentChildren; aside?: ComponentChildren }) {
  const headingId = `${props.id}-title`;
  return (
    <section id={props.id} class="bf-section" aria-labelledby={headingId} tabIndex={-1}>
      <div class="bf-section__head">
        <h2 id={headingId} class="bf-section__title">
          {props.title}
        </h2>
        {props.aside}
      </div>
      {props.children}
    </section>
  );
}
