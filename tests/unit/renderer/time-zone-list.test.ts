import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildZoneOptions,
  cityOf,
  filterZones,
  offsetMinutes,
  offsetText,
  supportedZones,
} from '../../../renderer/src/lib/timeZoneList';

const WINTER = new Date('2026-01-15T12:00:00Z');
const SUMMER = new Date('2026-07-15T12:00:00Z');
const zones = supportedZones();

describe('the time-zone list', () => {
  it('shows each zone with its offset at the instant and its city in words', () => {
    const list = buildZoneOptions({ zones, systemZone: 'Europe/London', at: WINTER });
    const label = (zone: string) => list.find((o) => o.zone === zone)?.label;
    expect(label('Europe/Berlin')).toBe('(UTC+01:00) Berlin — Europe/Berlin');
    expect(label('Asia/Kolkata') ?? label('Asia/Calcutta')).toMatch(/^\(UTC\+05:30\) /);
    // Browsers list the older canonical names (America/Buenos_Aires, Asia/Calcutta).
    const buenosAires = zones.find((z) => z.endsWith('/Buenos_Aires')) ?? '';
    expect(label(buenosAires)).toBe(`(UTC-03:00) Buenos Aires — ${buenosAires}`);
    const summer = buildZoneOptions({ zones, systemZone: 'Europe/London', at: SUMMER });
    expect(summer.find((o) => o.zone === 'Europe/Berlin')?.label).toMatch(/^\(UTC\+02:00\)/);
  });

  it('puts the system zone first, exactly once, as "follow this computer"', () => {
    const list = buildZoneOptions({ zones, systemZone: 'Europe/Berlin', at: WINTER });
    expect(list[0]).toMatchObject({ value: '', zone: 'Europe/Berlin' });
    expect(list[0]?.label).toBe('(UTC+01:00) Berlin — Europe/Berlin (this computer’s zone)');
    expect(list.filter((o) => o.zone === 'Europe/Berlin')).toHaveLength(1);
    expect(list).toHaveLength(new Set([...zones, 'Europe/Berlin']).size);
  });

  it('offers a saved zone this browser does not list, once', () => {
    const list = buildZoneOptions({
      zones: ['Europe/Berlin'],
      systemZone: 'Europe/Berlin',
      current: 'Europe/Kyiv',
      at: WINTER,
    });
    expect(list.map((o) => o.value)).toEqual(['', 'Europe/Kyiv']);
  });

  it('the rest is ordered by offset, then by label', () => {
    const [, ...rest] = buildZoneOptions({ zones, systemZone: 'UTC', at: WINTER });
    for (let i = 1; i < rest.length; i += 1) {
      const [a, b] = [rest[i - 1]!, rest[i]!];
      const ordered =
        a.offsetMin < b.offsetMin ||
        (a.offsetMin === b.offsetMin && a.label.localeCompare(b.label) <= 0);
      expect(ordered, `${a.label} before ${b.label}`).toBe(true);
    }
  });

  it('filters by city, region, zone name or offset, ignoring case and accents', () => {
    const list = buildZoneOptions({ zones, systemZone: 'Europe/London', at: WINTER });
    const found = (query: string) => filterZones(list, query).map((o) => o.zone);
    expect(found('Berlin')).toEqual(['Europe/Berlin']);
    expect(found('berl')).toEqual(['Europe/Berlin']);
    expect(found('são paulo')).toEqual(['America/Sao_Paulo']);
    expect(found('buenos aires')).toEqual([zones.find((z) => z.endsWith('/Buenos_Aires'))]);
    expect(found('europe')).toContain('Europe/Lisbon');
    expect(found('europe').every((z) => z.startsWith('Europe/'))).toBe(true);
    expect(found('+1')).toContain('Europe/Berlin');
    expect(found('UTC+01:00')).toContain('Europe/Paris');
    expect(found('utc + 1')).toContain('Europe/Paris');
    // "+1" is an offset, never the start of "+10".
    expect(found('+1')).not.toContain('Australia/Sydney');
    expect(found('+5:30').length).toBeGreaterThan(0);
    expect(found('europe +1')).not.toContain('Europe/London');
    expect(found('')).toHaveLength(list.length);
    expect(found('no such place')).toEqual([]);
  });

  it('the city of a zone is its last part in words', () => {
    expect(cityOf('America/North_Dakota/New_Salem')).toBe('New Salem');
    expect(offsetText(-210)).toBe('UTC-03:30');
    expect(offsetText(0)).toBe('UTC+00:00');
  });

  it('property: the offset is the difference between the wall clock there and UTC', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2037-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (zone, at) => {
          // Read the wall clock with a different Intl path than offsetMinutes uses.
          const parts: Record<string, number> = Object.fromEntries(
            new Intl.DateTimeFormat('en-US', {
              timeZone: zone,
              hourCycle: 'h23',
              year: 'numeric',
              month: 'numeric',
              day: 'numeric',
              hour: 'numeric',
              minute: 'numeric',
            })
              .formatToParts(at)
              .map((p) => [p.type, Number(p.value)]),
          );
          const part = (type: string) => parts[type] ?? Number.NaN;
          const wall = Date.UTC(
            part('year'),
            part('month') - 1,
            part('day'),
            part('hour'),
            part('minute'),
          );
          const utc = Math.floor(at.getTime() / 60_000) * 60_000;
          expect(offsetMinutes(zone, at)).toBe(Math.round((wall - utc) / 60_000));
        },
      ),
      { numRuns: 300 },
    );
  });
});
