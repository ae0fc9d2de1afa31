/**
 * A long list shown a page at a time (lib/views/paging.ts): the first page, then a button that
 * adds the next one and moves focus to the first item it added, so that a keyboard reader goes on
 * from where they were. Its DOM stays bounded until the reader asks for more.
 */
import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { nextPage, shownCount } from '../../lib/views/paging';
import { useMessages } from './messages';

export interface PagedListProps<T> {
  items: readonly T[];
  pageSize: number;
  /** The index of an item that must be shown (a jump or focus target): the list extends to it. */
  reveal?: number;
  ordered?: boolean;
  class: string;
  /** One `<li>` per item. */
  renderItem: (item: T) => ComponentChild;
}

export function PagedList<T>({
  items,
  pageSize,
  reveal,
  ordered = false,
  class: className,
  renderItem,
}: PagedListProps<T>) {
  const m = useMessages();
  const [pages, setPages] = useState(1);
  const [focusFrom, setFocusFrom] = useState<number | undefined>(undefined);
  const list = useRef<HTMLOListElement & HTMLUListElement>(null);
  const shown = shownCount(items.length, pageSize, pages, reveal);
  const { adds, left } = nextPage(items.length, shown, pageSize);

  useEffect(() => {
    if (focusFrom === undefined) return;
    list.current?.children[focusFrom]?.querySelector<HTMLElement>('button, a[href], [tabindex]')?.focus();
    setFocusFrom(undefined);
  }, [focusFrom]);

  const more = () => {
    setPages(Math.ceil((shown + adds) / pageSize));
    setFocusFrom(shown);
  };
  const rows = items.slice(0, shown).map(renderItem);
  return (
    <>
      {ordered ? (
        <ol ref={list} class={className}>
          {rows}
        </ol>
      ) : (
        <ul ref={list} class={className}>
          {rows}
        </ul>
      )}
      {left > 0 && (
        <button type="button" class="bs-button bs-more" onClick={more}>
          {m.t('showMore', adds, left)}
        </button>
      )}
    </>
  );
}
