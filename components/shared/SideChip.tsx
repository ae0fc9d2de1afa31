/** A side's name with its colour dot; the text carries the meaning, the colour only helps. */
import type { SideId } from '../../data/schema';

export function SideChip({ side, label, as: Tag = 'span' }: { side: SideId; label: string; as?: 'span' | 'h3' }) {
  return (
    <Tag class="bs-side-chip" data-side={side}>
      {label}
    </Tag>
  );
}
