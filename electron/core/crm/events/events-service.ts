import { updateOnce, type CreateRequest } from '../../store/recent-requests';
import {
  NetworkEventSchema,
  type Invitation,
  type InvitationStatus,
  type NetworkEvent,
} from '../../../shared/crm/networking-event';
import type { Clock } from '../../clock';
import { issuesOf } from '../../dispatch';
import { UserError } from '../../errors';
import type { EventBus } from '../../event-bus';
import type { EventWithGuests } from '../../../shared/crm/crm-views';
import {
  guestListCounts,
  invitationNudges,
  NUDGE_AFTER_DAYS,
  setInvitationStatus,
} from './invitations';
import { contactMetAt, metAtEventInteraction, whoDidYouMeet } from './who-did-you-meet';
import type { Store } from '../../store/open-store';
import {
  newCalendarIdentity,
  revisedCalendarIdentity,
} from '../../interchange/export/calendar-identity';

export interface EventsServiceDeps {
  store: Store;
  clock: Clock;
  bus: EventBus;
  timeZone: () => string;
  /** Days without a reply before an invitation earns a nudge (the user's setting). */
  nudgeAfterDays?: () => number;
  newId?: () => string;
}

export type EventDraft = Omit<NetworkEvent, 'id'>;

const notFound = (what: string) => new UserError('not_found', `That ${what} no longer exists.`);

/** Events and their guest lists; "who did you meet?" afterwards; nudges for unanswered invitations. */
export class EventsService {
  private readonly newId: () => string;

  constructor(private readonly deps: EventsServiceDeps) {
    this.newId = deps.newId ?? (() => globalThis.crypto.randomUUID());
  }

  private changed(contactIds: string[]): void {
    this.deps.bus.emit('crm.changed', { contactIds });
  }

  list(): EventWithGuests[] {
    const d = this.deps.store.read();
    return [...d.events]
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
      .map((event) => ({
        event,
        invitations: d.invitations.filter((i) => i.eventId === event.id),
        counts: guestListCounts(d.invitations, event.id),
      }));
  }

  private validate(draft: unknown): EventDraft {
    const parsed = NetworkEventSchema.safeParse({ ...(draft as object), id: 'pending' });
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      throw new UserError('invalid_input', issues[0]?.message ?? 'The event is not valid.', issues);
    }
    const { id: _pending, ...fields } = parsed.data;
    return fields;
  }

  async save(id: string | null, draft: unknown, request?: CreateRequest): Promise<NetworkEvent> {
    const { uid: _uid, sequence: _sequence, ...fields } = this.validate(draft);
    // Only a create (id null) is made idempotent: saving the same edit twice is harmless.
    const saved = await updateOnce(this.deps.store, id === null ? request : undefined, (d) => {
      const index = id === null ? -1 : d.events.findIndex((e) => e.id === id);
      if (id !== null && index < 0) throw notFound('event');
      const existing = d.events[index];
      // The calendar identity is the store's, never the caller's: new, or the old one revised.
      const identity = existing
        ? revisedCalendarIdentity(existing)
        : newCalendarIdentity(() => globalThis.crypto.randomUUID());
      const event: NetworkEvent = { ...fields, ...identity, id: id ?? this.newId() };
      if (index < 0) d.events.push(event);
      else d.events[index] = event;
      return event;
    });
    this.changed([]);
    return saved;
  }

  /** Deletes an event and its invitations; both come back to the caller for an undo. */
  async remove(id: string): Promise<{ event: NetworkEvent; invitations: Invitation[] }> {
    const removed = await this.deps.store.update((d) => {
      const event = d.events.find((e) => e.id === id);
      if (!event) throw notFound('event');
      const invitations = d.invitations.filter((i) => i.eventId === id);
      d.events = d.events.filter((e) => e.id !== id);
      d.invitations = d.invitations.filter((i) => i.eventId !== id);
      return { event, invitations };
    });
    this.changed(removed.invitations.map((i) => i.contactId));
    return removed;
  }

  /**
   * Puts back an event and its guest list as `remove` returned them (the undo of a delete). Only
   * that: an event that exists, a guest who is not a contact, an invitation to another event or
   * one given twice is refused, and nothing is restored.
   */
  async restore(event: NetworkEvent, invitations: Invitation[]): Promise<void> {
    const { id, ...fields } = event;
    const checked: NetworkEvent = { ...this.validate(fields), id };
    await this.deps.store.update((d) => {
      if (d.events.some((e) => e.id === id)) {
        throw new UserError(
          'conflict',
          'This event is already in your events (was it restored already?). Nothing was changed.',
        );
      }
      const known = new Set(d.invitations.map((i) => i.id));
      const guests = new Set<string>();
      for (const invitation of invitations) {
        if (invitation.eventId !== id) {
          throw new UserError(
            'invalid_input',
            'An invitation in this undo belongs to another event. Nothing was restored.',
          );
        }
        if (known.has(invitation.id) || guests.has(invitation.contactId)) {
          throw new UserError(
            'invalid_input',
            'An invitation in this undo is given twice or already exists. Nothing was restored.',
          );
        }
        known.add(invitation.id);
        guests.add(invitation.contactId);
        if (!d.contacts.some((c) => c.id === invitation.contactId)) {
          throw new UserError(
            'not_found',
            'A guest of this event is no longer in your contacts, so the event cannot be put back as it was. Nothing was restored.',
          );
        }
      }
      d.events.push(checked);
      d.invitations.push(...invitations);
    });
    this.changed(invitations.map((i) => i.contactId));
  }

  /** Adds guests (not yet sent); a contact already on the list is left as is. */
  async invite(eventId: string, contactIds: string[], sent: boolean): Promise<Invitation[]> {
    const added = await this.deps.store.update((d) => {
      if (!d.events.some((e) => e.id === eventId)) throw notFound('event');
      const created: Invitation[] = [];
      for (const contactId of contactIds) {
        const contact = d.contacts.find((c) => c.id === contactId);
        if (!contact) throw notFound('contact');
        if (contact.blocked) throw new UserError('forbidden', `${contact.name} is blocked.`);
        if (d.invitations.some((i) => i.eventId === eventId && i.contactId === contactId)) continue;
        const invitation: Invitation = {
          id: this.newId(),
          eventId,
          contactId,
          status: 'not-sent',
          sentAt: null,
          answeredAt: null,
        };
        created.push(
          sent ? setInvitationStatus(invitation, 'invited', this.deps.clock.now()) : invitation,
        );
      }
      d.invitations.push(...created);
      return created;
    });
    this.changed(contactIds);
    return added;
  }

  async setStatus(id: string, status: InvitationStatus): Promise<Invitation> {
    const next = await this.deps.store.update((d) => {
      const index = d.invitations.findIndex((i) => i.id === id);
      const existing = d.invitations[index];
      if (!existing) throw notFound('invitation');
      const updated = setInvitationStatus(existing, status, this.deps.clock.now());
      d.invitations[index] = updated;
      return updated;
    });
    this.changed([next.contactId]);
    return next;
  }

  /** "Who did you meet?": new contacts met in person at the event; known ones get an interaction. */
  async whoDidYouMeet(eventId: string, names: string[], request?: CreateRequest) {
    const tz = this.deps.timeZone();
    const result = await updateOnce(this.deps.store, request, (d) => {
      const event = d.events.find((e) => e.id === eventId);
      if (!event) throw notFound('event');
      const plan = whoDidYouMeet(event, names, d.contacts, tz);
      const now = this.deps.clock.now().toISOString();
      const created = plan.create.map((draft) => contactMetAt(event, draft, this.newId(), now));
      d.contacts.push(...created);
      const touched = [...created, ...plan.known];
      d.interactions.push(
        ...touched.map((c) => ({ ...metAtEventInteraction(event, c.id), id: this.newId() })),
      );
      return { created, known: plan.known, matchesBlocked: plan.matchesBlocked };
    });
    this.deps.bus.emit('contacts.changed', { ids: result.created.map((c) => c.id) });
    this.changed([...result.created, ...result.known].map((c) => c.id));
    return result;
  }

  /** Invitations with no reply after N days (the user's setting), for the window's digest. */
  nudges(): Array<{ key: string; text: string }> {
    const d = this.deps.store.read();
    return invitationNudges(
      d.invitations,
      d.events,
      d.contacts,
      this.deps.clock.now(),
      this.deps.timeZone(),
      this.deps.nudgeAfterDays?.() ?? NUDGE_AFTER_DAYS,
    );
  }
}
