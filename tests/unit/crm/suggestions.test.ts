import { describe, expect, it } from 'vitest';
import {
  coffeeMessageDraft,
  eventCitySuggestions,
  inPersonSuggestions,
} from '../../../electron/core/crm/meetings/suggestions';
import { TZ, day, makeCrmContact, makeEvent, makeInteraction, makeMeeting } from './crm-fixtures';

const now = new Date(day('2026-06-15'));
const online = (id: string, n: number) =>
  Array.from({ length: n }, (_, k) => makeInteraction(id, day(`2026-0${k + 2}-10`)));

describe('inPersonSuggestions', () => {
  it('suggests a coffee after three online interactions with no in-person contact', () => {
    const ana = makeCrmContact('ana', { name: 'Ana Silva' });
    const ben = makeCrmContact('ben', { name: 'Ben' });
    const list = inPersonSuggestions(
      [ana, ben],
      [...online('ana', 3), ...online('ben', 2)],
      [],
      now,
    );
    expect(list.map((s) => s.contact.id)).toEqual(['ana']);
    expect(list[0]!.reason).toBe(
      "3 online conversations this past year; you haven't met in person yet",
    );
    expect(list[0]!.draft).toMatch(/^Hi Ana, /);
  });

  it('not for people met in person, with a meeting planned, or hidden', () => {
    const met = makeCrmContact('met', { metInPerson: { met: true, on: null, atEventId: null } });
    const planned = makeCrmContact('planned');
    const inPerson = makeCrmContact('inperson');
    const archived = makeCrmContact('archived', { archived: true });
    const interactions = [
      ...online('met', 4),
      ...online('planned', 4),
      ...online('inperson', 4),
      makeInteraction('inperson', day('2025-01-01'), { channel: 'in-person' }),
      ...online('archived', 4),
    ];
    const meetings = [makeMeeting('m', { contactIds: ['planned'], status: 'proposed' })];
    expect(
      inPersonSuggestions([met, planned, inPerson, archived], interactions, meetings, now),
    ).toEqual([]);
  });

  it('only counts the last year', () => {
    const ana = makeCrmContact('ana');
    const old = [1, 2, 3].map((m) => makeInteraction('ana', day(`2025-0${m}-01`)));
    expect(inPersonSuggestions([ana], old, [], now)).toEqual([]);
  });
});

describe('eventCitySuggestions', () => {
  it('suggests people in the city of an upcoming event, ignoring case and accents', () => {
    const rui = makeCrmContact('rui', { name: 'Rui', city: 'São Paulo' });
    const eva = makeCrmContact('eva', { name: 'Eva', city: 'Lisbon' });
    const event = makeEvent('e', {
      name: 'Web Summit Rio',
      city: 'sao paulo',
      start: day('2026-07-01'),
      end: day('2026-07-02'),
    });
    const list = eventCitySuggestions([rui, eva], [event], now, TZ);
    expect(list.map((s) => s.contact.id)).toEqual(['rui']);
    expect(list[0]!.reason).toBe('Rui is in São Paulo, where Web Summit Rio is on Wed 1 July');
    expect(list[0]!.draft).toContain('in sao paulo for Web Summit Rio');
  });

  it('skips webinars, events not going to, past or far-off events', () => {
    const eva = makeCrmContact('eva', { city: 'Lisbon' });
    const base = { city: 'Lisbon', start: day('2026-07-01'), end: day('2026-07-02') };
    const events = [
      makeEvent('w', { ...base, kind: 'webinar' }),
      makeEvent('n', { ...base, myStatus: 'not-going' }),
      makeEvent('p', { ...base, start: day('2026-06-01'), end: day('2026-06-02') }),
      makeEvent('f', { ...base, start: day('2026-10-01'), end: day('2026-10-02') }),
    ];
    expect(eventCitySuggestions([eva], events, now, TZ)).toEqual([]);
  });
});

describe('coffeeMessageDraft', () => {
  it('is warm and short, with no sales words', () => {
    const text = coffeeMessageDraft({ name: 'Ana Silva' });
    expect(text.startsWith('Hi Ana,')).toBe(true);
    expect(text.length).toBeLessThan(300);
    expect(text).not.toMatch(/opportunit|synerg|offer|product|demo|pitch /i);
    expect(text).toMatch(/no worries/i);
  });
});
