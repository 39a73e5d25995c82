/**
 * The time-zone picker's list, pure: every IANA zone with its UTC offset at a given instant and
 * its city in words, the user's own zone first and once, and the search over them (by city,
 * region, zone name or offset).
 */
import { fold } from '../../../electron/shared/text';

export interface ZoneOption {
  /** The IANA name; '' for "this computer's zone" (the schedule then follows the system). */
  value: string;
  zone: string;
  /** Minutes east of UTC at the instant the list was built. */
  offsetMin: number;
  /** "(UTC+01:00) Berlin — Europe/Berlin". */
  label: string;
  /** Folded words a query is matched against. */
  search: string;
}

/** Every zone this browser knows ("Europe/Berlin", …); none where Intl cannot list them. */
export function supportedZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: making one is the slow part of listing 420 zones. */
function offsetFormat(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formats.set(zone, format);
  }
  return format;
}

/** Minutes east of UTC in `zone` at `at` (Europe/Berlin in winter: 60); 0 for an unknown zone. */
export function offsetMinutes(zone: string, at: Date): number {
  try {
    const name = offsetFormat(zone)
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    const match = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(name ?? '');
    if (!match) return 0; // "GMT": UTC itself.
    const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
    return match[1] === '-' ? -minutes : minutes;
  } catch {
    return 0;
  }
}

/** 60 → "UTC+01:00", -210 → "UTC-03:30", 0 → "UTC+00:00". */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires"; "UTC" → "UTC". */
export function cityOf(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
}

/** The ways someone may type an offset: "+1", "+01", "+01:00", "+0100", "utc+1", "gmt+1". */
function offsetWords(minutes: number): string[] {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  const hh = String(h).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const short = m === 0 ? [`${sign}${h}`, `${sign}${hh}`] : [`${sign}${h}:${mm}`];
  const forms = [...short, `${sign}${hh}:${mm}`, `${sign}${hh}${mm}`];
  return [...forms, ...forms.flatMap((form) => [`utc${form}`, `gmt${form}`])];
}

function option(value: string, zone: string, at: Date, note = ''): ZoneOption {
  const offsetMin = offsetMinutes(zone, at);
  const city = cityOf(zone);
  const words = [zone.replaceAll('_', ' '), zone, city, ...offsetWords(offsetMin), note];
  return {
    value,
    zone,
    offsetMin,
    label: `(${offsetText(offsetMin)}) ${city} — ${zone}${note ? ` ${note}` : ''}`,
    search: fold(words.join(' ').replaceAll('/', ' / ')),
  };
}

export interface ZoneListInput {
  /** Every zone to offer (`supportedZones()`). */
  zones: readonly string[];
  /** The zone of this computer: offered first, once, as "follow this computer" (value ''). */
  systemZone: string;
  /** The zone saved now, offered even when this browser does not list it. */
  current?: string;
  /** Offsets are those at this instant. */
  at: Date;
}

/** The system zone first (once), then every other zone by offset, then city. */
export function buildZoneOptions({ zones, systemZone, current, at }: ZoneListInput): ZoneOption[] {
  const others = new Set(zones);
  if (current) others.add(current);
  others.delete(systemZone);
  const rest = [...others]
    .map((zone) => option(zone, zone, at))
    .sort((a, b) => a.offsetMin - b.offsetMin || a.label.localeCompare(b.label));
  return [option('', systemZone, at, '(this computer’s zone)'), ...rest];
}

/** The options matching every word of `query` (any case and accents); all of them for ''. */
export function filterZones(options: readonly ZoneOption[], query: string): ZoneOption[] {
  const words = fold(query)
    .replace(/([+-])\s+(\d)/g, '$1$2') // "utc + 1" → "utc +1"
    .replace(/\b(utc|gmt)\s+([+-])/g, '$1$2')
    .split(/[\s/,]+/)
    .filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((o) => {
    const haystack = o.search.split(/\s+/);
    return words.every((word) =>
      /^(utc|gmt)?[+-]/.test(word)
        ? haystack.includes(word) // an offset matches whole, "+1" never finds "+10"
        : haystack.some((part) => part.startsWith(word)) || o.search.includes(word),
    );
  });
}
