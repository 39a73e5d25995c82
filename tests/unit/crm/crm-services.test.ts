import { describe, expect, it } from 'vitest';
import { createCrm } from '../../../electron/core/crm/create-crm';
import { contactProfile } from '../../../electron/core/crm/profile/contact-profile';
import { EventBus } from '../../../electron/core/event-bus';
import { emptyData } from '../../../electron/core/store/data-schema';
import { openStore } from '../../../electron/core/store/open-store';
import type { CrmContact } from '../../../electron/shared/crm/contact-crm-fields';
import { ManualClock } from '../../fixtures/manual-clock';
import { tempDir } from '../temp-dir';
import { TZ, day, makeCrmContact, makeInteraction, makeMeeting } from './crm-fixtures';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The CRM's services on a real store at a manual clock, with a few contacts already in it. */
async function setup(contacts: CrmContact[]) {
  const clock = new ManualClock('2026-06-10T09:00:00Z');
  const store = await openStore({ dataDir: tempDir(), clock });
  await store.update((d) => {
    d.contacts.push(...contacts);
  });
  const bus = new EventBus();
  const events: Array<{ name: string; payload: unknown }> = [];
  bus.subscribe((name, payload) => events.push({ name, payload }));
  const notices: string[] = [];
  let n = 0;
  const crm = createCrm({
    store,
    clock,
    bus,
    timeZone: () => TZ,
    notifyAppointment: (notice) => notices.push(notice.title),
    newId: () => `id-${++n}`,
  });
  return { clock, store, crm, events, notices };
}

describe('the appointment alarm (through the meetings service)', () => {
  it('keeps one timer to the next meeting, notifies 30 minutes ahead, and is re-armed by changes', async () => {
    const { clock, store, crm, notices } = await setup([makeCrmContact('ana', { name: 'Ana' })]);
    crm.start();
    expect(clock.pendingTimers()).toBe(0);
    const meeting = await crm.meetings.propose({
      kind: 'coffee',
      start: '2026-06-10T11:00:00.000Z',
      durationMin: 30,
      place: '',
      contactIds: ['ana'],
      agenda: '',
    });
    expect(clock.pendingTimers()).toBe(1);
    await crm.meetings.transition(meeting.id, { to: 'confirmed' });
    expect(clock.pendingTimers()).toBe(1);
    clock.advance(90 * MINUTE - 1);
    expect(notices).toEqual([]);
    clock.advance(1);
    expect(notices).toEqual(['Coffee with Ana in 30 min']);
    expect(clock.pendingTimers()).toBe(0);
    // A restore brings another meeting: reload arms for it.
    await store.update((d) => {
      d.meetings.push(makeMeeting('m2', { start: '2026-06-11T09:00:00.000Z' }));
    });
    crm.reload();
    expect(clock.pendingTimers()).toBe(1);
    crm.dispose();
    expect(clock.pendingTimers()).toBe(0);
  });
});

describe('ReconnectService', () => {
  it('pages the due list with its total; a tag cadence is set once whatever its case', async () => {
    const contacts = ['a', 'b', 'c'].map((id) =>
      makeCrmContact(id, { tags: ['Mentor'], createdAt: '2026-01-01T00:00:00.000Z' }),
    );
    const { crm } = await setup(contacts);
    expect(crm.reconnect.page(2)).toEqual({ items: [], total: 0 });
    await crm.reconnect.setTagCadence('mentor', { every: 1, unit: 'months' });
    await crm.reconnect.setTagCadence('MENTOR', { every: 2, unit: 'weeks' });
    expect(crm.reconnect.tagCadences()).toEqual([
      { tag: 'MENTOR', cadence: { every: 2, unit: 'weeks' } },
    ]);
    const page = crm.reconnect.page(2);
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(2);
    expect(crm.reconnect.due()).toHaveLength(3);
  });

  it('"done" logs an interaction, which also ends a snooze', async () => {
    const { clock, store, crm } = await setup([
      makeCrmContact('ana', { keepInTouch: { every: 1, unit: 'days' } }),
    ]);
    clock.advance(2 * DAY);
    await crm.reconnect.snooze('ana', 7);
    expect(store.read().snoozes).toHaveLength(1);
    const logged = await crm.reconnect.done('ana', 'Wrote back');
    expect(logged).toMatchObject({ contactId: 'ana', note: 'Wrote back' });
    expect(store.read().snoozes).toEqual([]);
    await expect(crm.reconnect.snooze('gone', 7)).rejects.toThrow('That contact no longer exists.');
  });
});

describe('ContactFlagsService', () => {
  it('tells both the lists and the CRM pages that a flag changed', async () => {
    const { crm, events } = await setup([makeCrmContact('ana')]);
    const blocked = await crm.flags.block('ana', 'spam');
    expect(blocked.blocked).toEqual({ on: '2026-06-10T09:00:00.000Z', reason: 'spam' });
    expect(events).toEqual([
      { name: 'contacts.changed', payload: { ids: ['ana'] } },
      { name: 'crm.changed', payload: { contactIds: ['ana'] } },
    ]);
    await expect(crm.flags.setFlags('gone', { favourite: true })).rejects.toThrow(
      'That contact no longer exists.',
    );
  });
});

describe('contactProfile', () => {
  it('shows the timeline newest first and when to be in touch next', () => {
    const ana = makeCrmContact('ana', {
      keepInTouch: { every: 2, unit: 'weeks' },
      createdAt: day('2026-01-01'),
    });
    const older = makeInteraction('ana', day('2026-05-01'));
    const newer = makeInteraction('ana', day('2026-05-20'));
    const data = {
      ...emptyData(),
      contacts: [ana, makeCrmContact('ben')],
      interactions: [older, makeInteraction('ben', day('2026-05-25')), newer],
    };
    const profile = contactProfile(data, ana, new Date(day('2026-06-10')), TZ);
    expect(profile.interactions).toEqual([newer, older]);
    expect(profile.keepInTouch).toEqual({
      cadence: 'every 2 weeks',
      fromTag: null,
      nextDueOn: '2026-06-03',
      overdue: expect.stringMatching(/last spoke 21 days ago/),
    });
    expect(contactProfile(data, makeCrmContact('ben'), new Date(), TZ).keepInTouch).toBeNull();
  });
});
