import { describe, expect, it } from 'vitest';
import { coreAt } from '../core-harness';

const DAY = 86_400_000;

const setup = () => coreAt();

const meetup = {
  name: 'Design meetup',
  kind: 'meetup',
  start: '2026-03-12T18:00:00Z',
  end: '2026-03-12T21:00:00Z',
  place: 'The Hub',
  city: 'Lisbon',
  myStatus: 'going',
};

describe('events and invitations through the contract', () => {
  it('an event with three invitations: one declined (kindly), one accepted, one awaiting', async () => {
    const { core, call } = await setup();
    const ids: string[] = [];
    for (const name of ['Ana', 'Ben', 'Chen'])
      ids.push((await call<{ id: string }>('contacts.create', { name })).id);
    const event = await call<{ id: string }>('events.save', { id: null, event: meetup });
    const invitations = await call<Array<{ id: string }>>('events.invite', {
      eventId: event.id,
      contactIds: ids,
      sent: true,
    });
    await call('invitations.setStatus', { id: invitations[0]!.id, status: 'declined' });
    await call('invitations.setStatus', { id: invitations[1]!.id, status: 'accepted' });
    const [listed] = await call<Array<{ counts: Record<string, number> }>>('events.list');
    expect(listed!.counts).toMatchObject({
      total: 3,
      declined: 1,
      accepted: 1,
      invited: 1,
      awaiting: 1,
    });
    // A decline never lowers the tie's strength.
    const ana = await call<{ strength: { level: string; reasons: string[] } }>('contacts.profile', {
      id: ids[0],
    });
    const chen = await call<{ strength: { level: string; reasons: string[] } }>(
      'contacts.profile',
      { id: ids[2] },
    );
    expect(ana.strength).toEqual(chen.strength);
    await core.close();
  });

  it('refuses an event that ends before it starts, with the reason', async () => {
    const { core, attempt } = await setup();
    const result = await attempt('events.save', {
      id: null,
      event: { ...meetup, end: '2026-03-12T17:00:00Z' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'An event ends after it starts.' },
    });
    await core.close();
  });

  it('"Who did you meet?" adds new contacts met in person there, and logs it for known ones', async () => {
    const { clock, core, call } = await setup();
    const ana = await call<{ id: string }>('contacts.create', { name: 'Ana Lima' });
    const event = await call<{ id: string }>('events.save', { id: null, event: meetup });
    clock.set('2026-03-13T09:00:00Z');
    const result = await call<{
      created: Array<{
        name: string;
        metInPerson: { met: boolean; on: string; atEventId: string };
      }>;
      known: unknown[];
    }>('events.whoDidYouMeet', { eventId: event.id, names: ['Zoë Marin', 'ana lima', 'Olu'] });
    expect(result.created.map((c) => c.name)).toEqual(['Zoë Marin', 'Olu']);
    expect(result.created[0]!.metInPerson).toEqual({
      met: true,
      on: '2026-03-12',
      atEventId: event.id,
    });
    expect(result.known).toHaveLength(1);
    const profile = await call<{ interactions: Array<{ kind: string; eventId: string }> }>(
      'contacts.profile',
      { id: ana.id },
    );
    expect(profile.interactions[0]).toMatchObject({ kind: 'event', eventId: event.id });
    await core.close();
  });

  it('nudges about unanswered invitations in the next networking window', async () => {
    const { clock, core, call } = await setup();
    await call('schedule.save', {
      version: 1,
      schedule: {
        timeZone: 'UTC',
        windows: [{ id: 'w', days: [1, 2, 3, 4, 5], start: '12:00', end: '12:45' }],
        reminderLeadMin: 5,
        closingMin: 5,
      },
      exceptions: { daysOff: [], extraWindows: [] },
    });
    const ben = await call<{ id: string }>('contacts.create', { name: 'Ben' });
    const event = await call<{ id: string }>('events.save', { id: null, event: meetup });
    await call('events.invite', { eventId: event.id, contactIds: [ben.id], sent: true });
    clock.advance(5 * DAY); // Saturday: no window
    clock.set('2026-03-09T12:00:00Z'); // Monday's window
    const digest = core.notifications.list().find((n) => n.kind === 'follow-up-digest');
    expect(digest?.body).toMatch(/Ben/);
    await core.close();
  });

  describe('the invitation nudge', () => {
    const windowsOnWeekdays = {
      version: 1,
      schedule: {
        timeZone: 'UTC',
        windows: [{ id: 'w', days: [1, 2, 3, 4, 5], start: '12:00', end: '12:45' }],
        reminderLeadMin: 5,
        closingMin: 5,
      },
      exceptions: { daysOff: [], extraWindows: [] },
    };
    const digestsAbout = (
      core: { notifications: { list(): Array<{ kind: string; body: string }> } },
      name: string,
    ) =>
      core.notifications
        .list()
        .filter((n) => n.kind === 'follow-up-digest' && n.body.includes(name));

    it('waits a week by default, then nudges in the next window', async () => {
      const { clock, core, call } = await setup();
      await call('schedule.save', windowsOnWeekdays);
      const settings = await call<{ invitations: { nudgeAfterDays: number } }>('settings.get');
      expect(settings.invitations.nudgeAfterDays).toBe(7);
      const ben = await call<{ id: string }>('contacts.create', { name: 'Ben' });
      const event = await call<{ id: string }>('events.save', {
        id: null,
        event: { ...meetup, start: '2026-03-20T18:00:00Z', end: '2026-03-20T21:00:00Z' },
      });
      await call('events.invite', { eventId: event.id, contactIds: [ben.id], sent: true });
      clock.set('2026-03-06T12:10:00Z'); // Friday's window, 4 days on: too soon
      clock.set('2026-03-09T12:10:00Z'); // Monday's window, 7 days and 3 hours on
      const nudges = digestsAbout(core, 'Ben');
      expect(nudges).toHaveLength(1);
      expect(nudges[0]!.body).toContain('No reply yet from Ben about Design meetup');
      expect(nudges[0]!.body).toContain('invited 7 days ago');
      await core.close();
    });

    it('after the number of days set in Settings, held until a networking window opens', async () => {
      const { clock, core, call } = await setup();
      await call('schedule.save', windowsOnWeekdays);
      const saved = await call<{ invitations: { nudgeAfterDays: number } }>('settings.update', {
        invitations: { nudgeAfterDays: 3 },
      });
      expect(saved.invitations.nudgeAfterDays).toBe(3);
      const ben = await call<{ id: string }>('contacts.create', { name: 'Ben' });
      const event = await call<{ id: string }>('events.save', { id: null, event: meetup });
      clock.set('2026-03-04T13:00:00Z'); // Wednesday, after the window
      await call('events.invite', { eventId: event.id, contactIds: [ben.id], sent: true });
      clock.set('2026-03-06T12:10:00Z'); // Friday's window: two days, too soon
      expect(digestsAbout(core, 'Ben')).toEqual([]);
      clock.set('2026-03-08T18:00:00Z'); // Sunday: due since Saturday, but no window
      expect(digestsAbout(core, 'Ben')).toEqual([]);
      clock.set('2026-03-09T12:10:00Z'); // Monday's window
      expect(digestsAbout(core, 'Ben')).toHaveLength(1);
      clock.set('2026-03-10T12:10:00Z'); // once per sending
      expect(digestsAbout(core, 'Ben')).toHaveLength(1);
      await core.close();
    });

    it('refuses a nudge delay out of range, with the reason', async () => {
      const { core, attempt } = await setup();
      const result = await attempt('settings.update', { invitations: { nudgeAfterDays: 0 } });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      await core.close();
    });
  });

  it('meetings.suggestions includes people living in the city of an upcoming event', async () => {
    const { core, call } = await setup();
    const rui = await call<{ id: string }>('contacts.create', {
      name: 'Rui Alves',
      city: 'lisbon',
    });
    await call('contacts.create', { name: 'Eva Porto', city: 'Porto' });
    const event = await call<{ id: string }>('events.save', { id: null, event: meetup });
    const suggestions = await call<
      Array<{
        contact: { id: string };
        reason: string;
        draft: string;
        event: { id: string } | null;
      }>
    >('meetings.suggestions');
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ contact: { id: rui.id }, event: { id: event.id } });
    expect(suggestions[0]!.reason).toBe('Rui is in lisbon, where Design meetup is on Thu 12 March');
    expect(suggestions[0]!.draft).toMatch(/^Hi Rui, I'll be in Lisbon for Design meetup/);
    await core.close();
  });

  it("keeps a private report log with the platform's report page", async () => {
    const { core, call } = await setup();
    await call('reports.add', {
      contactId: null,
      platform: 'linkedin',
      on: '2026-03-01',
      whatHappened: 'Abusive replies to my post',
      reportedOnPlatform: true,
      notes: '',
    });
    const [entry] = await call<Array<{ reportPage: string }>>('reports.list');
    expect(entry!.reportPage).toMatch(/^https:\/\/[^/]*linkedin\.com\//);
    await core.close();
  });
});

describe('events.restore (the undo of a delete) puts back only what was deleted', () => {
  async function deleted() {
    const h = await setup();
    const ana = await h.call<{ id: string }>('contacts.create', { name: 'Ana' });
    const ben = await h.call<{ id: string }>('contacts.create', { name: 'Ben' });
    const event = await h.call<{ id: string }>('events.save', { id: null, event: meetup });
    await h.call('events.invite', { eventId: event.id, contactIds: [ana.id, ben.id] });
    const removed = await h.call<{
      event: { id: string };
      invitations: Array<{ id: string; eventId: string; contactId: string }>;
    }>('events.delete', { id: event.id });
    return { ...h, removed, ana, ben };
  }

  it('restores the event and its guests once', async () => {
    const { core, call, attempt, removed } = await deleted();
    await call('events.restore', removed);
    const [listed] = await call<Array<{ invitations: unknown[] }>>('events.list');
    expect(listed!.invitations).toHaveLength(2);
    expect(await attempt('events.restore', removed)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('already in your events') },
    });
    await core.close();
  });

  it('refuses invitations to another event, unknown contacts and duplicates, restoring nothing', async () => {
    const { core, call, attempt, removed } = await deleted();
    const [first, second] = removed.invitations as [
      (typeof removed.invitations)[0],
      (typeof removed.invitations)[0],
    ];
    const cases: Array<[unknown[], string]> = [
      [[{ ...first, eventId: 'another-event' }], 'belongs to another event'],
      [[first, { ...second, contactId: 'nobody' }], 'no longer in your contacts'],
      [[first, { ...first }], 'given twice'],
      [[first, { ...second, contactId: first.contactId }], 'given twice'],
    ];
    for (const [invitations, message] of cases) {
      const result = await attempt('events.restore', { event: removed.event, invitations });
      expect(result).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining(message) },
      });
      expect(await call('events.list')).toEqual([]);
    }
    await core.close();
  });
});
