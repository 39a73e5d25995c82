import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import {
  buildZoneOptions,
  filterZones,
  supportedZones,
  type ZoneOption,
} from '../../lib/timeZoneList';

export interface TimeZonePickerProps {
  id: string;
  /** The IANA zone, or '' for "this computer's zone". */
  value: string;
  systemZone: string;
  /** Offsets are shown as they are at this instant (the host's today). */
  at: Date;
  describedBy?: string;
  onChange: (value: string) => void;
}

const PAGE = 10;

/**
 * A searchable list of time zones (the ARIA combobox pattern): type a city, a region or an
 * offset; Up and Down move, Enter picks, Escape closes. This computer's zone comes first, once.
 */
export function TimeZonePicker({
  id,
  value,
  systemZone,
  at,
  describedBy,
  onChange,
}: TimeZonePickerProps) {
  const instant = at.getTime();
  const options = useMemo(
    () =>
      buildZoneOptions({
        zones: supportedZones(),
        systemZone,
        current: value,
        at: new Date(instant),
      }),
    [systemZone, value, instant],
  );
  const selected: ZoneOption | undefined =
    options.find((o) => o.value === value) ?? options.find((o) => o.zone === value) ?? options[0];
  const [open, setOpen] = useState(false);
  /** What is typed; null while the field shows the chosen zone. */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const shown = open ? filterZones(options, query ?? '') : [];
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const activeOption = open ? shown[active] : undefined;

  useEffect(() => {
    if (open)
      document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active, id]);

  const openList = () => {
    if (open) return;
    setOpen(true);
    setActive(Math.max(0, options.indexOf(selected ?? options[0]!)));
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const choose = (option: ZoneOption) => {
    onChange(option.value);
    close();
  };
  const move = (to: number) => setActive(Math.min(Math.max(to, 0), Math.max(shown.length - 1, 0)));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) openList();
        else move(active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) openList();
        else move(active - 1);
        break;
      case 'PageDown':
        if (!open) return;
        event.preventDefault();
        move(active + PAGE);
        break;
      case 'PageUp':
        if (!open) return;
        event.preventDefault();
        move(active - PAGE);
        break;
      case 'Enter':
        if (!open) return;
        // Picks the zone; never submits the form.
        event.preventDefault();
        if (activeOption) choose(activeOption);
        break;
      case 'Escape':
        if (!open && query === null) return;
        event.preventDefault();
        event.stopPropagation();
        close();
        break;
    }
  };

  return (
    <div className="zone-picker">
      <input
        id={id}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(active) : undefined}
        aria-describedby={describedBy}
        value={query ?? selected?.label ?? ''}
        onFocus={(event) => event.target.select()}
        onClick={openList}
        onBlur={close}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Time zones"
        className="zone-picker-list"
        hidden={!open}
      >
        {shown.map((option, index) => (
          <li
            key={option.value || 'system'}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={option === selected ? 'zone-option zone-option-current' : 'zone-option'}
            // Keeps the focus in the field, so the list does not close before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.label}
          </li>
        ))}
      </ul>
      {open && shown.length === 0 && (
        <p className="zone-picker-empty">No time zone matches “{query}”.</p>
      )}
      <p className="visually-hidden" role="status">
        {open ? `${shown.length} ${shown.length === 1 ? 'time zone' : 'time zones'}` : ''}
      </p>
    </div>
  );
}
