/** Jump links to the briefing's sections; moves focus to the section so keyboard and screen-reader users land there too. */
import { useMessages } from '../shared/messages';

export interface NavItem {
  id: string;
  label: string;
  count?: number;
}

export function SectionNav({ items }: { items: readonly NavItem[] }) {
  const m = useMessages();
  return (
    <nav class="bf-nav" aria-label={m.t('briefingSections')}>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              onClick={(event) => {
                // Handled here rather than by the fragment: the URL hash carries the entity to show.
                event.preventDefault();
                const target = document.getElementById(item.id);
                target?.scrollIntoView({ block: 'start' });
                target?.focus({ preventScroll: true });
              }}
            >
              {item.label}
              {item.count !== undefined && <span class="bf-nav__count">{item.count}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
