import { describe, expect, test } from 'vitest';
import { calls } from '../../../electron/shared/contract';
import { labelProblem } from '../../../electron/shared/text';
import { CrmContactSchema } from '../../../electron/shared/crm/crm-contact';
import { NetworkEventSchema } from '../../../electron/shared/crm/networking-event';
import { ScheduleSettingsSchema } from '../../../electron/shared/schedule';

const refusal = (name: keyof typeof calls, input: unknown): string | null => {
  const parsed = calls[name].input.safeParse(input);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? '?');
};

describe('names shown as labels', () => {
  test.each([
    ['\u200b\u200b', 'made only of invisible characters'],
    ['\u2060\ufeff\u200d', 'made only of invisible characters'],
    ['\u3164', 'made only of invisible characters'],
    ['Ana\u202egpj.exe', 'reverse the direction of text'],
    ['Ana\u2066Ben\u2069', 'reverse the direction of text'],
    ['Ana\u0000', 'control characters'],
    ['Ana\nBen', 'line breaks'],
    ['Ana\u0085', 'control characters'],
  ])('%j is refused: %s', (name, why) => {
    expect(labelProblem(name, 'A name')).toContain(why);
    expect(refusal('contacts.create', { name })).toContain(why);
  });

  test.each(['Ana', 'María José', 'محمد', '李小龙', 'Zoë 🙂', 'Anne\u200dMarie'])(
    '%j is fine',
    (name) => {
      expect(labelProblem(name, 'A name')).toBeNull();
      expect(refusal('contacts.create', { name })).toBeNull();
    },
  );

  test('every label field refuses them, in both hosts (the contract)', () => {
    const rlo = 'x\u202e';
    const event = {
      name: rlo,
      kind: 'meetup',
      start: '2026-03-01T18:00:00Z',
      end: '2026-03-01T20:00:00Z',
      myStatus: 'going',
    };
    expect(refusal('events.save', { id: null, event })).toContain("An event's name");
    expect(refusal('contacts.create', { name: 'Ana', tags: [rlo] })).toContain('A tag');
    expect(refusal('contacts.update', { id: 'c', draft: { company: rlo } })).toContain('company');
    expect(
      refusal('contacts.bulk', { ids: ['c'], action: { kind: 'add-tag', tag: rlo } }),
    ).toContain('A tag');
    expect(refusal('tagCadences.set', { tag: '\u200b', cadence: null })).toContain('invisible');
    expect(refusal('events.whoDidYouMeet', { eventId: 'e', names: ['Ana\nBen'] })).toContain(
      'line breaks',
    );
    expect(
      refusal('boundaries.addExtraWindow', {
        start: '2026-03-01T18:00:00Z',
        end: '2026-03-01T19:00:00Z',
        label: rlo,
      }),
    ).toContain('A label');
    expect(
      refusal('schedule.mergeOverlaps', {
        windows: [{ id: 'w', days: [1], start: '09:00', end: '10:00', label: rlo }],
      }),
    ).toContain("A window's label");
  });

  test('contacts stored before the rule still load', () => {
    const stored = {
      id: 'c1',
      name: '\u200b',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      tags: ['a\u202eb'],
    };
    expect(CrmContactSchema.safeParse(stored).success).toBe(true);
  });
});

describe('dates and instants in 1900–2200', () => {
  const year = 'The year must be between 1900 and 2200.';
  test.each([
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '1899-12-31T23:59:59Z',
    '2201-01-01T00:00:00Z',
  ])('%s is refused wherever an instant is sent', (at) => {
    expect(
      refusal('interactions.log', {
        contactId: 'c',
        kind: 'call',
        direction: 'outbound',
        channel: 'phone',
        at,
      }),
    ).toBe(year);
    expect(refusal('schedule.week', { from: at })).toBe(year);
    const event = { name: 'Meetup', kind: 'meetup', start: at, end: at, myStatus: 'going' };
    expect(refusal('events.save', { id: null, event })).toBe(year);
    expect(
      refusal('meetings.propose', {
        kind: 'coffee',
        start: at,
        durationMin: 30,
        contactIds: ['c'],
      }),
    ).toBe(year);
  });

  test.each(['1899-12-31', '2201-01-01', '9999-12-31'])(
    '%s is refused wherever a date is sent',
    (on) => {
      expect(refusal('commitments.add', { contactId: 'c', what: 'Intro', dueOn: on })).toBe(year);
      expect(refusal('followUps.add', { contactId: 'c', text: 'Ask', dueOn: on })).toBe(year);
      expect(refusal('contacts.create', { name: 'Ana', metInPerson: { met: true, on } })).toBe(
        year,
      );
      expect(
        refusal('reports.add', {
          platform: 'x',
          on,
          whatHappened: 'Spam',
          reportedOnPlatform: false,
        }),
      ).toBe(year);
    },
  );

  test('the edges are accepted', () => {
    expect(refusal('schedule.week', { from: '1900-01-01T00:00:00Z' })).toBeNull();
    expect(refusal('schedule.week', { from: '2200-12-31T23:59:59Z' })).toBeNull();
  });

  test('stored records from before the rule still load', () => {
    const event = {
      id: 'e',
      name: 'Old',
      kind: 'meetup',
      start: '0001-01-01T00:00:00Z',
      end: '0001-01-01T01:00:00Z',
      myStatus: 'going',
    };
    expect(NetworkEventSchema.safeParse(event).success).toBe(true);
    const schedule = {
      exceptions: { daysOff: [{ from: '1850-01-01', to: '1850-01-02' }], extraWindows: [] },
    };
    expect(ScheduleSettingsSchema.safeParse(schedule).success).toBe(true);
  });
});

describe('schedule.save takes the whole document and nothing else', () => {
  const doc = {
    version: 1,
    schedule: {
      timeZone: 'UTC',
      windows: [{ id: 'w', days: [1], start: '12:00', end: '12:45' }],
      reminderLeadMin: 5,
      closingMin: 5,
    },
    exceptions: { daysOff: [], extraWindows: [] },
  };

  test('a complete document passes', () => {
    expect(refusal('schedule.save', doc)).toBeNull();
  });

  test('{} and missing fields are refused, naming what is missing', () => {
    expect(refusal('schedule.save', {})).toBe('The format version is missing.');
    expect(refusal('schedule.save', undefined)).toBe('The schedule document is missing.');
    expect(refusal('schedule.save', { ...doc, exceptions: undefined })).toBe(
      'The exceptions section is missing.',
    );
    const { closingMin: _gone, ...schedule } = doc.schedule;
    expect(refusal('schedule.save', { ...doc, schedule })).toBe('The closing time is missing.');
  });

  test('unknown fields are refused by name', () => {
    expect(refusal('schedule.save', { ...doc, colour: 'red' })).toBe(
      'The schedule document has fields Netwell does not know: colour.',
    );
    const windows = [{ ...doc.schedule.windows[0], colour: 'red' }];
    expect(refusal('schedule.save', { ...doc, schedule: { ...doc.schedule, windows } })).toBe(
      'A window has fields Netwell does not know: colour.',
    );
  });

  test('at most 200 weekly windows', () => {
    const windows = Array.from({ length: 201 }, (_, i) => ({
      ...doc.schedule.windows[0],
      id: `w${i}`,
    }));
    expect(refusal('schedule.save', { ...doc, schedule: { ...doc.schedule, windows } })).toBe(
      'The list of weekly windows holds at most 200.',
    );
  });

  test('what the fields hold is left to the validator, which names the window', () => {
    // A time the form could not fill: the shape is fine, the validator explains.
    const windows = [{ ...doc.schedule.windows[0], start: '' }];
    expect(refusal('schedule.save', { ...doc, schedule: { ...doc.schedule, windows } })).toBeNull();
  });
});
