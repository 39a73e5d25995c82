import type { CrmContact } from '../../../shared/crm/contact-crm-fields';
import { CrmContactDraftSchema, type CrmContactFields } from '../../../shared/crm/crm-contact';
import type { Clock } from '../../clock';
import { planImport } from '../../interchange/import-plan';
import { uidKey } from '../../interchange/identity-keys';
import type { Store } from '../../store/document-store';
import type { AppliedChanges, LocalChange, LocalItem, SyncMapper } from '../sync-mapper';
import {
  CARD_FIELD_LABELS,
  cardFieldsEqual,
  contactCardFields,
  emptyCardFields,
  type CardFields,
} from './card-fields';
import { mergeCardFields } from './card-merge';
import { patchCard } from './card-patch';
import { cardUid, readCardFields } from './card-read';

export interface ContactMapperOptions {
  store: Store;
  clock: Clock;
  /** Tells the windows which contacts sync changed. */
  changed: (ids: string[]) => void;
  syncNotes: boolean;
  version: '3.0' | '4.0';
  newId?: () => string;
}

/** Every default of a contact draft, parsed once (a card only brings the fields it has). */
const DEFAULTS = CrmContactDraftSchema.parse({ name: '-' });

/**
 * Contacts ↔ vCards for the sync engine. Only the fields a card and a contact share travel;
 * Netwell's own (cadence, strength, met in person, custom fields, meetings' notes) stay here, and
 * what a card holds that Netwell does not understand stays on the card (card-patch.ts).
 */
export class ContactSyncMapper implements SyncMapper<CardFields> {
  readonly kind = 'contacts' as const;
  readonly extension = '.vcf' as const;
  /** A contact record's fields, computed once per record (records are replaced on change). */
  private readonly fieldsOf = new WeakMap<CrmContact, CardFields>();
  private readonly newId: () => string;

  constructor(private readonly options: ContactMapperOptions) {
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  }

  private fields(contact: CrmContact): CardFields {
    let fields = this.fieldsOf.get(contact);
    if (!fields) {
      fields = contactCardFields(contact, { syncNotes: this.options.syncNotes });
      this.fieldsOf.set(contact, fields);
    }
    return fields;
  }

  /** The last answer of locals(), for the contacts array it was made from. */
  private localsMemo: {
    contacts: readonly CrmContact[];
    locals: Map<string, LocalItem<CardFields>>;
  } | null = null;

  locals(): ReadonlyMap<string, LocalItem<CardFields>> {
    // The store replaces the array on every change: the same array, the same answer (a run asks
    // several times, and 5,000 entries made anew each time cost the event loop and the GC).
    const contacts = this.options.store.read().contacts;
    if (this.localsMemo?.contacts === contacts) return this.localsMemo.locals;
    const out = new Map<string, LocalItem<CardFields>>();
    for (const c of contacts) {
      // Blocked people are not sent to the phone; one already there stays linked.
      out.set(c.id, { id: c.id, label: c.name, fields: this.fields(c), newOnServer: !c.blocked });
    }
    this.localsMemo = { contacts, locals: out };
    return out;
  }

  restorable(id: string): boolean {
    return this.options.store.read().trash.some((t) => t.contact.id === id);
  }

  read(raw: string): CardFields {
    return readCardFields(raw, { syncNotes: this.options.syncNotes });
  }

  uidOf(raw: string): string | null {
    return cardUid(raw);
  }

  write(raw: string | null, fields: CardFields, uid: string): string {
    return patchCard(raw, fields, {
      uid,
      version: this.options.version,
      syncNotes: this.options.syncNotes,
      now: this.options.clock.now().toISOString(),
    });
  }

  merge(base: CardFields | null, local: CardFields, remote: CardFields) {
    return mergeCardFields(base, local, remote);
  }

  equal(a: CardFields, b: CardFields): boolean {
    return cardFieldsEqual(a, b);
  }

  empty(): CardFields {
    return emptyCardFields(this.options.syncNotes);
  }

  label(fields: CardFields): string {
    return fields.name || fields.emails[0] || 'A card without a name';
  }

  fieldLabel(field: string): string {
    return (CARD_FIELD_LABELS as Record<string, string>)[field] ?? field;
  }

  /**
   * Cards new to Netwell that are people it has: by UID first (Netwell's id, or one another
   * address book gave), then by the import's sure matches (email, profile, phone with name).
   * Possible matches are not linked: a second "Ana Lima" is not the first.
   */
  match(
    incoming: { href: string; uid: string | null; fields: CardFields }[],
    unlinked: LocalItem<CardFields>[],
  ): Map<string, string> {
    const out = new Map<string, string>();
    // Nothing new on the server (most runs, and a first sync into an empty book): no index.
    if (incoming.length === 0) return out;
    const taken = new Set<string>();
    const contacts = new Map(this.options.store.read().contacts.map((c) => [c.id, c]));
    const byUid = new Map<string, string>();
    for (const local of unlinked) {
      const contact = contacts.get(local.id);
      if (!contact) continue;
      for (const uid of [contact.id, ...contact.externalIds]) {
        const key = uidKey(uid);
        if (key !== null && !byUid.has(key)) byUid.set(key, contact.id);
      }
    }
    const rest: typeof incoming = [];
    for (const card of incoming) {
      const key = card.uid === null ? null : uidKey(card.uid);
      const id = key === null ? undefined : byUid.get(key);
      if (id !== undefined && !taken.has(id)) {
        out.set(card.href, id);
        taken.add(id);
      } else rest.push(card);
    }
    if (rest.length === 0) return out;
    const candidates = unlinked
      .map((l) => contacts.get(l.id))
      .filter((c): c is CrmContact => c !== undefined && !taken.has(c.id));
    const plan = planImport(
      {
        rows: rest.map((card, i) => ({
          row: i,
          line: i,
          fields: this.draftOf(card.fields, card.uid),
        })),
        skipped: [],
        hidden: 0,
        total: rest.length,
      },
      candidates,
    );
    for (const row of plan.rows) {
      const card = rest[row.row];
      if (!card || !row.match?.sure || taken.has(row.match.contact.id)) continue;
      out.set(card.href, row.match.contact.id);
      taken.add(row.match.contact.id);
    }
    return out;
  }

  /** A card's fields as a contact draft (what a new contact starts from). */
  private draftOf(fields: CardFields, uid: string | null): CrmContactFields {
    return {
      ...DEFAULTS,
      metInPerson: { ...DEFAULTS.metInPerson },
      customFields: [],
      connections: [],
      otherAffiliations: [],
      ...this.onContact(fields),
      externalIds: uid ? [uid] : [],
    };
  }

  /** The synced fields as a contact holds them. Notes stay as they are unless notes sync. */
  private onContact(fields: CardFields) {
    return {
      name: fields.name,
      nameParts: fields.nameParts,
      company: fields.company,
      role: fields.role,
      emails: [...fields.emails],
      phones: [...fields.phones],
      links: [...fields.links],
      platforms: fields.platforms.map((p) => ({ ...p })),
      tags: [...fields.tags],
      city: fields.city,
      ...(fields.notes === null ? {} : { notes: fields.notes }),
    };
  }

  /** A batch of changes in one store update; each record is validated whole, as a form's save. */
  async apply(changes: LocalChange<CardFields>[]): Promise<AppliedChanges> {
    const result: AppliedChanges = { created: new Map(), failed: [] };
    if (changes.length === 0) return result;
    const now = this.options.clock.now().toISOString();
    const ids: string[] = [];
    await this.options.store.update((data) => {
      const index = new Map(data.contacts.map((c, i) => [c.id, i]));
      const refuse = (key: string, label: string, error: { issues: { message: string }[] }) =>
        result.failed.push({
          key,
          label,
          reason: `Netwell cannot keep this card: ${error.issues[0]?.message ?? 'a value is not valid'}`,
        });
      for (const change of changes) {
        if (change.kind === 'create') {
          const draft = this.draftOf(change.fields, change.uid);
          const parsed = CrmContactDraftSchema.safeParse(draft);
          if (!parsed.success) {
            refuse(change.href, this.label(change.fields), parsed.error);
            continue;
          }
          const contact: CrmContact = {
            ...parsed.data,
            id: this.newId(),
            createdAt: now,
            updatedAt: now,
          };
          // The card's UID is kept so the person is found again (a reconnect, an import).
          if (change.uid === contact.id) contact.externalIds = [];
          index.set(contact.id, data.contacts.length);
          data.contacts.push(contact);
          result.created.set(change.href, contact.id);
          ids.push(contact.id);
        } else if (change.kind === 'update') {
          const at = index.get(change.id);
          const current = at === undefined ? undefined : data.contacts[at];
          if (!current || at === undefined) continue;
          const stored = contactCardFields(current, { syncNotes: this.options.syncNotes });
          // Saved by the user since sync read it: the next run merges their change instead.
          if (change.from !== null && !cardFieldsEqual(stored, change.from)) continue;
          const { id: _i, createdAt: _c, updatedAt: _u, ...rest } = current;
          const parsed = CrmContactDraftSchema.safeParse({
            ...rest,
            ...this.onContact(change.fields),
          });
          if (!parsed.success) {
            refuse(change.id, current.name, parsed.error);
            continue;
          }
          data.contacts[at] = {
            ...parsed.data,
            id: current.id,
            createdAt: current.createdAt,
            updatedAt: now,
          };
          ids.push(current.id);
        } else if (change.kind === 'delete') {
          const at = index.get(change.id);
          const contact = at === undefined ? undefined : data.contacts[at];
          if (!contact || at === undefined) continue;
          data.contacts.splice(at, 1);
          index.clear();
          data.contacts.forEach((c, i) => index.set(c.id, i));
          // To the trash, as a delete in the app: Undo and "keep them" can bring it back.
          data.trash = data.trash.filter((t) => t.contact.id !== contact.id);
          data.trash.push({ contact, deletedAt: now });
          ids.push(contact.id);
        } else {
          const entry = data.trash.find((t) => t.contact.id === change.id);
          if (!entry || index.has(change.id)) continue;
          data.trash = data.trash.filter((t) => t.contact.id !== change.id);
          index.set(entry.contact.id, data.contacts.length);
          data.contacts.push(entry.contact);
          ids.push(change.id);
        }
      }
    });
    if (ids.length > 0) this.options.changed(ids);
    return result;
  }
}
