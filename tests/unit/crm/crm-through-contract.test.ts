import { describe, expect, it } from 'vitest';
import { coreAt } from '../core-harness';

const DAY = 86_400_000;

/** A Monday, unless said otherwise. */
async function setup(start?: string) {
  const harness = await coreAt(start);
  const kinds = () => harness.core.notifications.list().map((n) => n.kind);
  return { ...harness, kinds };
}

describe('CRM through the contract', () => {
  it('a logged interaction resets the keep-in-touch clock; lapsed contacts come with a reason', async () => {
    const { clock, core, call } = await setup();
    const ana: { id: string } = await call('contacts.create', {
      name: 'Ana Lima',
      keepInTouch: { every: 2, unit: 'weeks' },
    });
    await call('interactions.log', {
      contactId: ana.id,
      kind: 'call',
      direction: 'inbound',
      channel: 'phone',
    });
    clock.advance(10 * DAY);
    expect(await call('reconnect.list')).toEqual({ items: [], total: 0 });
    clock.advance(5 * DAY);
    const [item] = ((await call('reconnect.list')) as { items: unknown[] }).items as Array<{
      contact: { name: string };
      reason: string;
    }>;
    expect(item?.contact.name).toBe('Ana Lima');
    expect(item?.reason).toMatch(/last spoke 15 days ago; you wanted every 2 weeks/);
    await call('reconnect.done', { contactId: ana.id, note: 'Sent a note about her talk' });
    expect(await call('reconnect.list')).toEqual({ items: [], total: 0 });
    const profile = (await call('contacts.profile', { id: ana.id })) as { interactions: unknown[] };
    expect(profile.interactions).toHaveLength(2);
    await core.close();
  });

  it('an edit from the basic form keeps the CRM fields (update is a patch)', async () => {
    const { core, call } = await setup();
    const ana: { id: string } = await call('contacts.create', {
      name: 'Ana',
      city: 'Lisbon',
      favourite: true,
      keepInTouch: 'none',
    });
    const edited = await call('contacts.update', {
      id: ana.id,
      draft: { name: 'Ana Lima', company: 'Acme' },
    });
    expect(edited).toMatchObject({
      name: 'Ana Lima',
      company: 'Acme',
      city: 'Lisbon',
      favourite: true,
      keepInTouch: 'none',
    });
    await core.close();
  });

  it('a blocked contact leaves lists, search and reminders, and is found under "blocked"', async () => {
    const { clock, core, call, contacts } = await setup();
    const ben: { id: string } = await call('contacts.create', {
      name: 'Ben',
      keepInTouch: { every: 1, unit: 'days' },
    });
    clock.advance(3 * DAY);
    expect(((await call('reconnect.list')) as { items: unknown[] }).items).toHaveLength(1);
    await call('contacts.block', { id: ben.id, reason: 'rude messages' });
    expect(await contacts({ query: 'ben' })).toEqual([]);
    expect(await call('reconnect.list')).toEqual({ items: [], total: 0 });
    expect(await contacts({ filter: 'blocked' })).toMatchObject([
      { id: ben.id, name: 'Ben', blockedOn: expect.any(String) },
    ]);
    expect(await call('contacts.get', { id: ben.id })).toMatchObject({
      blocked: { reason: 'rude messages' },
    });
    await call('contacts.unblock', { id: ben.id });
    expect(await contacts({ query: 'ben' })).toHaveLength(1);
    await core.close();
  });

  it('a meeting goes proposed → confirmed → done, and the note lands on the timeline', async () => {
    const { clock, core, call, attempt } = await setup();
    const ana: { id: string } = await call('contacts.create', { name: 'Ana' });
    const past = await attempt('meetings.propose', {
      kind: 'coffee',
      start: '2026-03-01T10:00:00Z',
      durationMin: 45,
      contactIds: [ana.id],
    });
    expect(past).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/in the past/) },
    });
    const meeting: { id: string } = await call('meetings.propose', {
      kind: 'coffee',
      start: '2026-03-04T10:00:00Z',
      durationMin: 45,
      place: 'Café Central',
      contactIds: [ana.id],
    });
    await call('meetings.transition', { id: meeting.id, action: { to: 'confirmed' } });
    const wrong = await attempt('meetings.transition', {
      id: meeting.id,
      action: { to: 'confirmed' },
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const early = await attempt('meetings.transition', {
      id: meeting.id,
      action: { to: 'done', note: 'x' },
    });
    expect(early).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not started yet/) },
    });
    clock.set('2026-03-04T11:00:00Z');
    await call('meetings.transition', {
      id: meeting.id,
      action: { to: 'done', note: 'Talked about her new role' },
    });
    const profile = (await call('contacts.profile', { id: ana.id })) as {
      interactions: Array<{ kind: string; note: string; channel: string }>;
    };
    expect(profile.interactions[0]).toMatchObject({
      kind: 'meeting',
      channel: 'in-person',
      note: expect.stringMatching(/new role/),
    });
    await core.close();
  });

  it('notifies a meeting 30 minutes ahead, even outside networking windows, once', async () => {
    const { clock, core, call, kinds } = await setup();
    const ana: { id: string } = await call('contacts.create', { name: 'Ana' });
    const lunch: { id: string } = await call('meetings.propose', {
      kind: 'lunch',
      start: '2026-03-02T13:00:00Z',
      durationMin: 60,
      contactIds: [ana.id],
    });
    await call('meetings.transition', { id: lunch.id, action: { to: 'confirmed' } });
    clock.set('2026-03-02T12:29:00Z');
    expect(kinds()).not.toContain('meeting-soon');
    clock.set('2026-03-02T12:31:00Z');
    expect(kinds().filter((k) => k === 'meeting-soon')).toHaveLength(1);
    clock.set('2026-03-02T12:50:00Z');
    expect(kinds().filter((k) => k === 'meeting-soon')).toHaveLength(1);
    await core.close();
  });

  it('due follow-ups wait for the next networking window and arrive in its digest', async () => {
    const { clock, core, call } = await setup('2026-03-02T08:00:00Z');
    await call('schedule.save', {
      version: 1,
      schedule: {
        timeZone: 'UTC',
        windows: [{ id: 'w', days: [1], start: '12:00', end: '12:45' }],
        reminderLeadMin: 5,
        closingMin: 5,
      },
      exceptions: { daysOff: [], extraWindows: [] },
    });
    const ana: { id: string } = await call('contacts.create', { name: 'Ana' });
    await call('followUps.add', {
      contactId: ana.id,
      dueOn: '2026-03-02',
      text: 'ask about the role',
    });
    clock.set('2026-03-02T11:00:00Z');
    expect(core.notifications.list().some((n) => n.kind === 'follow-up-digest')).toBe(false);
    clock.set('2026-03-02T12:00:00Z');
    const digest = core.notifications.list().find((n) => n.kind === 'follow-up-digest');
    expect(digest?.body).toMatch(/Ana/);
    expect(digest?.body).toMatch(/ask about the role/);
    await core.close();
  });

  it('commitments: the kept-on-time rate counts what was due', async () => {
    const { clock, core, call } = await setup();
    const ana: { id: string } = await call('contacts.create', { name: 'Ana' });
    const a: { id: string } = await call('commitments.add', {
      contactId: ana.id,
      what: 'send the report',
      dueOn: '2026-03-04',
    });
    await call('commitments.add', { contactId: ana.id, what: 'intro to Ben', dueOn: '2026-03-03' });
    await call('commitments.settle', { id: a.id, outcome: 'kept' });
    clock.advance(5 * DAY);
    expect(await call('commitments.stats')).toMatchObject({
      rate: 0.5,
      onTime: 1,
      overdue: 1,
      counted: 2,
    });
    await core.close();
  });

  it('introductions link both people and log it for both', async () => {
    const { core, call, attempt } = await setup();
    const ana: { id: string } = await call('contacts.create', { name: 'Ana' });
    const ben: { id: string } = await call('contacts.create', { name: 'Ben' });
    await call('introductions.add', {
      fromContactId: ana.id,
      toContactId: ben.id,
      note: 'both into ceramics',
    });
    for (const id of [ana.id, ben.id]) {
      const p = (await call('contacts.profile', { id })) as {
        introductions: unknown[];
        interactions: Array<{ kind: string }>;
      };
      expect(p.introductions).toHaveLength(1);
      expect(p.interactions[0]?.kind).toBe('introduction');
    }
    expect(
      await attempt('introductions.add', { fromContactId: ana.id, toContactId: ana.id }),
    ).toMatchObject({ ok: false });
    await core.close();
  });

  it('a deleted interaction can be restored (undo)', async () => {
    const { core, call } = await setup();
    const ana: { id: string } = await call('contacts.create', { name: 'Ana' });
    const i = await call('interactions.log', {
      contactId: ana.id,
      kind: 'message',
      direction: 'outbound',
      channel: 'linkedin',
    });
    const removed = await call('interactions.delete', { id: (i as { id: string }).id });
    expect(
      ((await call('contacts.profile', { id: ana.id })) as { interactions: unknown[] })
        .interactions,
    ).toEqual([]);
    await call('interactions.restore', { interaction: removed });
    expect(
      ((await call('contacts.profile', { id: ana.id })) as { interactions: unknown[] })
        .interactions,
    ).toHaveLength(1);
    await core.close();
  });
});
