import type { CrmContact } from '../../shared/crm/contact-crm-fields';
import { updateOnce, type CreateRequest } from '../store/recent-requests';
import type { Commitment } from '../../shared/crm/commitment';
import type { FollowUp } from '../../shared/crm/follow-up';
import {
  InteractionDraftSchema,
  type Interaction,
  type InteractionDraft,
} from '../../shared/crm/interaction';
import type { Cadence } from '../../shared/crm/contact-crm-fields';
import type { Meeting, MeetingKind } from '../../shared/crm/meeting';
import type { Clock, TimerHandle } from '../clock';
import { keepCommitment, keptOnTimeRate } from './promises/commitments';
import { effectiveCadence, describeCadence, addCadence } from './keep-in-touch/cadence';
import { findClashes } from './meetings/find-clashes';
import { dueFollowUps } from './promises/follow-ups';
import { introduce } from './interactions/introduce';
import { dayOf } from './local-days';
import { transitionMeeting, type MeetingAction } from './meetings/meeting-status';
import { reconnectDone, reconnectList, snoozeFor } from './keep-in-touch/reconnect-list';
import { relationshipStrength } from './profile/relationship-strength';
import { eventCitySuggestions, inPersonSuggestions } from './meetings/suggestions';
import { todayDigest } from './today/today-digest';
import { indexInteractions, interactionsOf } from './interactions/interaction-index';
import { APPOINTMENT_LEAD_MIN, upcomingAppointments } from './meetings/upcoming-appointments';
import { UserError } from '../errors';
import type { EventBus } from '../event-bus';
import { formatLocalDate } from '../schedule/zoned-time';
import type { Data } from '../store/data-schema';
import type { Store } from '../store/open-store';
import {
  newCalendarIdentity,
  revisedCalendarIdentity,
} from '../interchange/export/calendar-identity';

export interface CrmServiceDeps {
  store: Store;
  clock: Clock;
  bus: EventBus;
  timeZone: () => string;
  /** A real-world appointment notice (may arrive outside networking windows). */
  notifyAppointment: (item: { key: string; title: string; body: string }) => void;
  newId?: () => string;
}

const notFound = (what: string) => new UserError('not_found', `That ${what} no longer exists.`);

/**
 * The CRM's application service: stores what the pure rules in electron/core/crm decide, and
 * answers the renderer's questions (a contact's profile, the reconnect list, Today).
 */
export class CrmService {
  private readonly newId: () => string;
  private appointmentTimer: TimerHandle | null = null;

  constructor(private readonly deps: CrmServiceDeps) {
    this.newId = deps.newId ?? (() => globalThis.crypto.randomUUID());
  }

  /** Calendar UIDs: random, and apart from newId so record ids stay predictable in tests. */
  private readonly newUid = () => globalThis.crypto.randomUUID();

  start(): void {
    this.armAppointments();
  }

  /** After the data was replaced (a restore): re-arm the appointment timer, refresh windows. */
  reload(): void {
    this.afterMeetingChange([]);
  }

  dispose(): void {
    if (this.appointmentTimer) this.deps.clock.clearTimeout(this.appointmentTimer);
    this.appointmentTimer = null;
  }

  private data(): Data {
    return this.deps.store.read();
  }

  private now(): Date {
    return this.deps.clock.now();
  }

  private contact(id: string): CrmContact {
    const found = this.data().contacts.find((c) => c.id === id);
    if (!found) throw notFound('contact');
    return found;
  }

  private changed(ids: string[]): void {
    this.deps.bus.emit('crm.changed', { contactIds: ids });
  }

  // --- A contact's page -----------------------------------------------------------------------

  profile(id: string) {
    const data = this.data();
    const contact = this.contact(id);
    const now = this.now();
    const tz = this.deps.timeZone();
    const mine = interactionsOf(indexInteractions(data.interactions), id);
    const interactions = mine.items
      .map((interaction, k) => ({ interaction, at: mine.at[k]! }))
      .sort((a, b) => b.at - a.at)
      .map((x) => x.interaction);
    const cadence = effectiveCadence(contact, data.tagCadences);
    const last = interactions[0]?.at ?? contact.createdAt;
    const reconnect =
      reconnectList([contact], interactions, data.tagCadences, [], now, tz)[0] ?? null;
    return {
      contact,
      strength: relationshipStrength(
        contact,
        { interactions, invitations: data.invitations, events: data.events },
        now,
        tz,
      ),
      keepInTouch: cadence
        ? {
            cadence: describeCadence(cadence.cadence),
            fromTag: cadence.fromTag,
            nextDueOn: formatLocalDate(addCadence(dayOf(last, tz), cadence.cadence)),
            overdue: reconnect?.reason ?? null,
          }
        : null,
      interactions,
      commitments: data.commitments.filter((c) => c.contactId === id),
      followUps: data.followUps.filter((f) => f.contactId === id && f.doneAt === null),
      meetings: data.meetings.filter((m) => m.contactIds.includes(id)),
      introductions: data.introductions.filter(
        (i) => i.fromContactId === id || i.toContactId === id,
      ),
    };
  }

  async setFlags(
    id: string,
    flags: { favourite?: boolean; archived?: boolean },
  ): Promise<CrmContact> {
    return this.patchContact(id, (c) => ({ ...c, ...flags }));
  }

  async block(id: string, reason: string): Promise<CrmContact> {
    return this.patchContact(id, (c) => ({
      ...c,
      blocked: { on: this.now().toISOString(), reason },
    }));
  }

  async unblock(id: string): Promise<CrmContact> {
    return this.patchContact(id, (c) => ({ ...c, blocked: null }));
  }

  private async patchContact(
    id: string,
    change: (c: CrmContact) => CrmContact,
  ): Promise<CrmContact> {
    const next = await this.deps.store.update((d) => {
      const index = d.contacts.findIndex((c) => c.id === id);
      const existing = d.contacts[index];
      if (!existing) throw notFound('contact');
      const updated = { ...change(existing), updatedAt: this.now().toISOString() };
      d.contacts[index] = updated;
      return updated;
    });
    this.deps.bus.emit('contacts.changed', { ids: [id] });
    this.changed([id]);
    return next;
  }

  // --- Interactions ---------------------------------------------------------------------------

  async logInteraction(
    draft: Omit<InteractionDraft, 'at'> & { at?: string },
    request?: CreateRequest,
  ): Promise<Interaction> {
    this.contact(draft.contactId);
    const parsed = InteractionDraftSchema.parse({
      ...draft,
      at: draft.at ?? this.now().toISOString(),
    });
    if (Date.parse(parsed.at) > this.now().getTime() + 60_000) {
      throw new UserError(
        'invalid_input',
        'An interaction is something that happened: pick a time that is not in the future.',
      );
    }
    const created: Interaction = { ...parsed, id: this.newId() };
    const interaction = await updateOnce(this.deps.store, request, (d) => {
      d.interactions.push(created);
      // Talking to someone ends a "not now" for them.
      d.snoozes = d.snoozes.filter((s) => s.contactId !== created.contactId);
      return created;
    });
    this.changed([interaction.contactId]);
    return interaction;
  }

  async deleteInteraction(id: string): Promise<Interaction> {
    const removed = await this.deps.store.update((d) => {
      const found = d.interactions.find((i) => i.id === id);
      if (!found) throw notFound('interaction');
      d.interactions = d.interactions.filter((i) => i.id !== id);
      return found;
    });
    this.changed([removed.contactId]);
    return removed;
  }

  /** Undo of a delete: the renderer hands back the record it was given. */
  async restoreInteraction(interaction: Interaction): Promise<Interaction> {
    this.contact(interaction.contactId);
    await this.deps.store.update((d) => {
      if (!d.interactions.some((i) => i.id === interaction.id)) d.interactions.push(interaction);
    });
    this.changed([interaction.contactId]);
    return interaction;
  }

  // --- Keep in touch --------------------------------------------------------------------------

  reconnect() {
    const d = this.data();
    return reconnectList(
      d.contacts,
      d.interactions,
      d.tagCadences,
      d.snoozes,
      this.now(),
      this.deps.timeZone(),
    );
  }

  async snooze(contactId: string, days: number): Promise<void> {
    this.contact(contactId);
    const snooze = snoozeFor(contactId, days, this.now(), this.deps.timeZone());
    await this.deps.store.update((d) => {
      d.snoozes = [...d.snoozes.filter((s) => s.contactId !== contactId), snooze];
    });
    this.changed([contactId]);
  }

  async reconnected(
    contactId: string,
    note: string,
    request?: CreateRequest,
  ): Promise<Interaction> {
    const draft = reconnectDone(contactId, this.now(), { note });
    return this.logInteraction(draft, request);
  }

  async setTagCadence(tag: string, cadence: Cadence | null): Promise<void> {
    await this.deps.store.update((d) => {
      d.tagCadences = d.tagCadences.filter((t) => t.tag.toLowerCase() !== tag.toLowerCase());
      if (cadence) d.tagCadences.push({ tag, cadence });
    });
    this.changed([]);
  }

  // --- Commitments and follow-ups -------------------------------------------------------------

  async addCommitment(
    input: { contactId: string; what: string; dueOn: string },
    request?: CreateRequest,
  ): Promise<Commitment> {
    this.contact(input.contactId);
    const commitment: Commitment = {
      ...input,
      id: this.newId(),
      status: 'open',
      keptOn: null,
      createdAt: this.now().toISOString(),
    };
    const stored = await updateOnce(this.deps.store, request, (d) => {
      d.commitments.push(commitment);
      return commitment;
    });
    this.changed([input.contactId]);
    return stored;
  }

  async settleCommitment(id: string, outcome: 'kept' | 'missed' | 'open'): Promise<Commitment> {
    const next = await this.deps.store.update((d) => {
      const index = d.commitments.findIndex((c) => c.id === id);
      const existing = d.commitments[index];
      if (!existing) throw notFound('commitment');
      const updated: Commitment =
        outcome === 'kept'
          ? keepCommitment(existing, this.now(), this.deps.timeZone())
          : { ...existing, status: outcome, keptOn: null };
      d.commitments[index] = updated;
      return updated;
    });
    this.changed([next.contactId]);
    return next;
  }

  async deleteCommitment(id: string): Promise<Commitment> {
    const removed = await this.deps.store.update((d) => {
      const found = d.commitments.find((c) => c.id === id);
      if (!found) throw notFound('commitment');
      d.commitments = d.commitments.filter((c) => c.id !== id);
      return found;
    });
    this.changed([removed.contactId]);
    return removed;
  }

  commitmentStats() {
    return keptOnTimeRate(this.data().commitments, this.now(), this.deps.timeZone());
  }

  async addFollowUp(
    input: { contactId: string; dueOn: string; text: string },
    request?: CreateRequest,
  ): Promise<FollowUp> {
    this.contact(input.contactId);
    const followUp: FollowUp = {
      ...input,
      id: this.newId(),
      doneAt: null,
      createdAt: this.now().toISOString(),
    };
    const stored = await updateOnce(this.deps.store, request, (d) => {
      d.followUps.push(followUp);
      return followUp;
    });
    this.changed([input.contactId]);
    return stored;
  }

  async finishFollowUp(id: string): Promise<FollowUp> {
    const next = await this.deps.store.update((d) => {
      const index = d.followUps.findIndex((f) => f.id === id);
      const existing = d.followUps[index];
      if (!existing) throw notFound('follow-up');
      const updated = { ...existing, doneAt: this.now().toISOString() };
      d.followUps[index] = updated;
      return updated;
    });
    this.changed([next.contactId]);
    return next;
  }

  /** Follow-ups due now, as items for the networking window's digest. */
  dueReminders(): Array<{ key: string; text: string }> {
    const d = this.data();
    return dueFollowUps(d.followUps, d.contacts, this.now(), this.deps.timeZone()).map(
      ({ key, text }) => ({ key, text }),
    );
  }

  // --- Introductions --------------------------------------------------------------------------

  async introduce(fromId: string, toId: string, note: string, request?: CreateRequest) {
    const result = introduce(this.contact(fromId), this.contact(toId), this.now(), {
      id: this.newId(),
      note,
    });
    const interactions = result.interactions.map((draft) => ({ ...draft, id: this.newId() }));
    const introduction = await updateOnce(this.deps.store, request, (d) => {
      d.introductions.push(result.introduction);
      d.interactions.push(...interactions);
      return result.introduction;
    });
    this.changed([fromId, toId]);
    return introduction;
  }

  // --- Meetings -------------------------------------------------------------------------------

  meetings() {
    const meetings = [...this.data().meetings].sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start),
    );
    return { meetings, clashes: findClashes(meetings) };
  }

  async proposeMeeting(
    input: {
      kind: MeetingKind;
      start: string;
      durationMin: number;
      place: string;
      contactIds: string[];
      agenda: string;
      confirmPast?: boolean;
    },
    request?: CreateRequest,
  ): Promise<Meeting> {
    for (const id of input.contactIds) {
      const c = this.contact(id);
      if (c.blocked)
        throw new UserError(
          'forbidden',
          `${c.name} is blocked. Unblock them first if you want to meet.`,
        );
    }
    if (Date.parse(input.start) < this.now().getTime() && !input.confirmPast) {
      throw new UserError(
        'conflict',
        'That time is in the past. Is that right? Confirm to record a meeting that already happened.',
      );
    }
    const { confirmPast: _ignored, ...fields } = input;
    const meeting: Meeting = {
      ...fields,
      id: this.newId(),
      status: 'proposed',
      note: '',
      createdAt: this.now().toISOString(),
      ...newCalendarIdentity(this.newUid),
    };
    const stored = await updateOnce(this.deps.store, request, (d) => {
      d.meetings.push(meeting);
      return meeting;
    });
    this.afterMeetingChange(stored.contactIds);
    return stored;
  }

  async transitionMeeting(id: string, action: MeetingAction): Promise<Meeting> {
    const updated = await this.deps.store.update((d) => {
      const index = d.meetings.findIndex((m) => m.id === id);
      const existing = d.meetings[index];
      if (!existing) throw notFound('meeting');
      const result = transitionMeeting(existing, action, this.now(), d.contacts);
      // Every transition changes its time or STATUS: a revision for calendars that imported it.
      const meeting = { ...result.meeting, ...revisedCalendarIdentity(existing) };
      d.meetings[index] = meeting;
      d.interactions.push(...result.interactions.map((draft) => ({ ...draft, id: this.newId() })));
      return meeting;
    });
    this.afterMeetingChange(updated.contactIds);
    return updated;
  }

  /** Coffee ideas: people met only online, then people in the city of an upcoming event. */
  suggestions() {
    const d = this.data();
    return [
      ...inPersonSuggestions(d.contacts, d.interactions, d.meetings, this.now()),
      ...eventCitySuggestions(d.contacts, d.events, this.now(), this.deps.timeZone()),
    ];
  }

  private afterMeetingChange(contactIds: string[]): void {
    this.changed(contactIds);
    this.armAppointments();
  }

  /**
   * One timer, to the next moment a confirmed meeting is APPOINTMENT_LEAD_MIN away: real-world
   * appointments notify even outside networking windows (a merely proposed one does not).
   */
  private armAppointments(): void {
    if (this.appointmentTimer) this.deps.clock.clearTimeout(this.appointmentTimer);
    this.appointmentTimer = null;
    const now = this.now();
    const d = this.data();
    for (const notice of upcomingAppointments(d.meetings, now, {
      tz: this.deps.timeZone(),
      contacts: d.contacts,
    })) {
      this.deps.notifyAppointment(notice);
    }
    const lead = APPOINTMENT_LEAD_MIN * 60_000;
    const next = d.meetings
      .filter(
        (m) => m.status === 'proposed' || m.status === 'confirmed' || m.status === 'rescheduled',
      )
      .map((m) => Date.parse(m.start) - lead)
      .filter((t) => t > now.getTime())
      .sort((a, b) => a - b)[0];
    if (next === undefined) return;
    this.appointmentTimer = this.deps.clock.setTimeout(
      () => this.armAppointments(),
      next - now.getTime(),
    );
  }

  // --- Today ----------------------------------------------------------------------------------

  today() {
    return todayDigest(this.data(), this.now(), this.deps.timeZone());
  }
}
