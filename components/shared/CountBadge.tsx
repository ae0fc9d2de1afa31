/** "3" in a pill, read out as "3 mentions on this page". */
export function CountBadge({ count, noun = 'mention' }: { count: number; noun?: string }) {
  const label = `${count} ${noun}${count === 1 ? '' : 's'} on this page`;
  return (
    <span class="bs-count" title={label}>
      <span aria-hidden="true">{count}</span>
      <span class="bs-visually-hidden">{label}</span>
    </span>
  );
}
