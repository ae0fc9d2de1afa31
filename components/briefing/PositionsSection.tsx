/** Where each side stands, in the article's words, each with its cited sentence on demand. */
import type { BriefingPosition } from '../../lib/views/briefing-view';
import { sideName, useMessages } from '../shared/messages';
import { SideChip } from '../shared/SideChip';
import { SourceToggle } from '../shared/SourceToggle';
import { Section } from './Section';

export function PositionsSection({ positions }: { positions: readonly BriefingPosition[] }) {
  const m = useMessages();
  if (positions.length === 0) return null;
  return (
    <Section id="bf-positions" title={m.t('sectionPositions')}>
      <ul class="bf-positions">
        {positions.map((p) => (
          <li key={`${p.side}-${p.label}`} class="bf-position" data-side={p.side}>
            <h3 class="bf-position__who">
              <SideChip side={p.side} label={sideName(m, p.side)} />
              {p.label !== p.sideLabel && <span class="bf-position__label">{p.label}</span>}
            </h3>
            <p class="bf-position__text">
              {p.text} <SourceToggle source={p.source} />
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
