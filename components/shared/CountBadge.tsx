import { useMessages } from './messages';

/** "3" in a pill, read out as "3 mentions on this page". */
export function CountBadge({ count }: { count: number }) {
  const m = useMessages();
  const label = m.count('mentionsOnPage', count);
  return (
    <span class="bs-count" title={label}>
      <span aria-hidden="true">{m.number(count)}</span>
      <span class="bs-visually-hidden">{label}</span>
    </span>
  );
}
