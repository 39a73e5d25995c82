import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { hrefOf } from '../../app/useRoute';
import { initialsOf, subtitleOf } from './ContactDetail';
import type { ContactRow } from './useContacts';

/** Every row is this tall (CSS `.contact-row` agrees), so positions need no measuring. */
export const ROW_HEIGHT = 54;
/** Frames to wait for a far row to load before giving up on focusing it (about 2 s). */
const FOCUS_TRIES = 120;

export interface ContactListProps {
  /** How many rows there are in all; `rows` may have gaps still loading. */
  count: number;
  rows: readonly (ContactRow | undefined)[];
  selectedId?: string;
  /** The search and filter the rows answer (the list carries it so tests and the bench see it). */
  answered: string;
  /** Who answered: the page's search copy or the core (for tests and the bench, like `answered`). */
  source?: 'copy' | 'core';
  /** Ticked for a bulk action. */
  checked: ReadonlySet<string>;
  onCheck: (id: string, checked: boolean) => void;
  /** Rows `start`..`end` are on screen (load them). */
  onShow: (start: number, end: number) => void;
}

/**
 * The people found, each a link to their details and a box to tick. Virtualised: at 30,000
 * contacts only the rows in view (and a few either side) exist in the page.
 */
export const ContactList = memo(function ContactList({
  count,
  rows,
  selectedId,
  answered,
  source,
  checked,
  onCheck,
  onShow,
}: ContactListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  /** Counts keyboard moves: a slow one gives up once a newer one is asked for. */
  const moves = useRef(0);
  // No React Compiler here: the rule only warns that it would skip memoising this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = (items[items.length - 1]?.index ?? -1) + 1;
  useEffect(() => onShow(start, end), [start, end, onShow]);

  // A new search starts at the top. The virtualizer knows the offset from scroll events; asking
  // the element would force a layout of the rows just changed, on every keystroke.
  useEffect(() => {
    if (virtualizer.scrollOffset) scrollRef.current?.scrollTo({ top: 0 });
  }, [answered, virtualizer]);

  /** Up and Down move between people, Home and End jump, like any list. */
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const from = Number((event.target as HTMLElement).closest('li')?.dataset.index);
    if (Number.isNaN(from)) return;
    const to = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      Home: 0,
      End: count - 1,
    }[event.key];
    if (to === undefined || to < 0 || to >= count) return;
    event.preventDefault();
    const part = (event.target as HTMLElement).matches('input') ? 'input' : 'a';
    virtualizer.scrollToIndex(to);
    // The row far away may still be loading (a page from the core): keep trying for a couple of
    // seconds, unless another key has asked for another row meanwhile.
    const mine = ++moves.current;
    const focus = (tries: number) => {
      if (mine !== moves.current) return;
      const target = scrollRef.current?.querySelector<HTMLElement>(
        `li[data-index="${to}"] ${part}`,
      );
      if (target) target.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    requestAnimationFrame(() => focus(FOCUS_TRIES));
  };

  return (
    <div className="contact-list" ref={scrollRef}>
      <ul
        aria-label="Contacts"
        data-answered={answered}
        data-source={source}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => {
          const row = rows[item.index];
          return (
            <li
              key={row?.id ?? `loading-${item.index}`}
              data-index={item.index}
              aria-setsize={count}
              aria-posinset={item.index + 1}
              className="contact-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row ? (
                <Row
                  row={row}
                  current={row.id === selectedId}
                  checked={checked.has(row.id)}
                  onCheck={onCheck}
                />
              ) : (
                <span className="contact-row-loading" aria-busy="true">
                  <span className="visually-hidden">Loading…</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
});

function Row({
  row,
  current,
  checked,
  onCheck,
}: {
  row: ContactRow;
  current: boolean;
  checked: boolean;
  onCheck: (id: string, checked: boolean) => void;
}) {
  const subtitle = subtitleOf(row);
  return (
    <>
      <input
        type="checkbox"
        className="contact-row-check"
        aria-label={`Select ${row.name}`}
        checked={checked}
        onChange={(event) => onCheck(row.id, event.target.checked)}
      />
      <a
        className="contact-link"
        href={hrefOf({ area: 'contacts', contactId: row.id, mode: 'view' })}
        aria-current={current ? 'page' : undefined}
      >
        <span className="avatar avatar-small" aria-hidden="true">
          {initialsOf(row.name)}
        </span>
        <span className="contact-link-text">
          <span className="contact-link-name">
            {row.name}
            {row.favourite && (
              <span className="favourite-star" title="Favourite">
                <span aria-hidden="true"> ★</span>
                <span className="visually-hidden"> (favourite)</span>
              </span>
            )}
          </span>
          {subtitle && <span className="contact-link-sub">{subtitle}</span>}
        </span>
      </a>
    </>
  );
}
