/** One titled card on the options page. */
import type { ComponentChildren } from 'preact';

export interface SectionProps {
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
}

export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section class="op-section" aria-labelledby={`${id}-title`}>
      <header class="op-section__head">
        <h2 id={`${id}-title`}>{title}</h2>
        {intro && <p class="op-section__intro">{intro}</p>}
      </header>
      <div class="op-section__body">{children}</div>
    </section>
  );
}
