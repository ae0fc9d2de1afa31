/** The numbers in the story, as a reader would quote them. */
import type { BriefingFigure } from '../../lib/views/briefing-view';
import { useMessages } from '../shared/messages';
import { SourceToggle } from '../shared/SourceToggle';
import { Section } from './Section';

export function FiguresSection({ figures }: { figures: readonly BriefingFigure[] }) {
  const m = useMessages();
  if (figures.length === 0) return null;
  return (
    <Section id="bf-figures" title={m.t('sectionKeyFigures')}>
      <ul class="bf-figures">
        {figures.map((f) => (
          <li key={f.id} class="bf-figure">
            <span class="bf-figure__value">{f.value}</span>
            <span class="bf-figure__label">{f.label}</span>
            <span class="bf-figure__source">
              <SourceToggle source={f.source} />
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
