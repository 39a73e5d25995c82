import type {
  Collection,
  CollectionChoice,
  Discovery,
  SyncAccount,
  SyncConnectInput,
  SyncCredentials,
  SyncOptions,
  SyncRun,
  SyncStatus,
} from '../../shared/sync';
import { SyncConnectInputSchema } from '../../shared/sync';
import type { Clock, TimerHandle } from '../clock';
import { UserError } from '../errors';
import type { EventBus } from '../event-bus';
import type { SecretsPort } from '../ports';
import type { SettingsStore } from '../settings/settings-store';
import type { Store } from '../store/document-store';
import { CollectionSync, hrefLabel, sameAsBase } from './collection-sync';
import { CalendarSyncMapper } from './calendar/calendar-sync-mapper';
import { publishWindows } from './calendar/windows-publisher';
import { windowsAsEvents } from './calendar/windows-as-events';
import { ContactSyncMapper } from './contacts/contact-sync-mapper';
import { asUserError, DavError } from './dav/dav-errors';
import { DavSession, type DavCredentials } from './dav/dav-session';
import { undiciFetch } from './dav/undici-fetch';
import { checkServerUrl } from './dav/server-url';
import { syncSchedule } from './sync-schedule';
import type { LocalChange, SyncMapper } from './sync-mapper';
import {
  emptyCollectionState,
  type CollectionState,
  type LinkedItem,
  type StoredConflict,
  type SyncStateFile,
} from './sync-state';
import type { SyncStateFileStore } from './sync-state-file';

export interface SyncServiceDeps {
  store: Store;
  settings: SettingsStore;
  bus: EventBus;
  clock: Clock;
  secrets: SecretsPort;
  files: SyncStateFileStore;
  /** The schedule's time zone (the windows' events are in it). */
  timeZone: () => string;
  log: (error: unknown) => void;
  /** The network; tests pass one that fails on cue. */
  fetch?: typeof fetch;
}

type Phase = 'idle' | 'syncing' | 'offline' | 'needs-password' | 'password-refused' | 'error';

/** No run until the user gives a password: none is at hand, or the server refused it. */
const waitsForPassword = (phase: Phase) =>
  phase === 'needs-password' || phase === 'password-refused';

/**
 * Two-way sync with the user's CardDAV/CalDAV server: the account (settings, password in the
 * keychain), when runs happen (at start, shortly after a change, every few minutes, on demand),
 * one run at a time, and what Settings → Sync shows. The runs themselves are CollectionSync's.
 */
export class SyncService {
  private state: SyncStateFile | null = null;
  private phase: Phase = 'idle';
  private message: string | null = null;
  private lastRun: SyncRun | null = null;
  private password: string | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: TimerHandle | null = null;
  private nextRunAt: Date | null = null;
  private failuresInARow = 0;
  private unsubscribe: (() => void) | null = null;
  private disposed = false;
  private readonly fetch: typeof fetch;

  constructor(private readonly deps: SyncServiceDeps) {
    this.fetch = deps.fetch ?? undiciFetch();
  }

  private account(): SyncAccount | null {
    return this.deps.settings.get().sync;
  }

  /** Loads what was synced, then runs soon; every change in Netwell asks for a run shortly after. */
  async start(): Promise<void> {
    const account = this.account();
    if (account) {
      this.password = await this.deps.secrets.get(secretKey(account));
      if (this.password === null) this.askForPassword();
      await this.loadState(account);
      this.schedule(syncSchedule.atStart);
    }
    this.unsubscribe = this.deps.bus.subscribe((name) => {
      // Contacts, meetings and events, and the schedule (the windows' events) go to the server.
      const relevant =
        name === 'contacts.changed' || name === 'crm.changed' || name === 'settings.changed';
      if (relevant && !this.ownEvent) this.schedule(syncSchedule.afterChange);
    });
  }

  /** Set while sync's own change event goes out. */
  private ownEvent = false;
  /** The state's last write, if one is under way. */
  private saving: Promise<void> = Promise.resolve();

  async dispose(): Promise<void> {
    this.disposed = true;
    this.unsubscribe?.();
    if (this.timer) this.deps.clock.clearTimeout(this.timer);
    await this.running;
    await this.saving;
  }

  status(): SyncStatus {
    const account = this.account();
    const contacts = this.state?.contacts ?? null;
    const collections = [contacts, this.state?.calendar ?? null].filter(
      (c): c is CollectionState => c !== null,
    );
    const held = collections.find((c) => c.held)?.held ?? null;
    return {
      account,
      state: !account
        ? 'off'
        : this.phase === 'syncing'
          ? 'syncing'
          : account.paused
            ? 'paused'
            : this.phase,
      passwordStorage: this.deps.secrets.kind,
      message: account ? this.message : null,
      lastRun: account ? this.lastRun : null,
      failures: collections.flatMap((c) =>
        c.failing.map((f) => ({ label: f.label, reason: f.reason })),
      ),
      conflicts: collections.flatMap((c) =>
        c.conflicts.map((k) => ({
          id: `${k.href}#${k.field}`,
          contactId: c === contacts ? k.localId : null,
          label:
            this.labelOf(c === contacts ? 'contacts' : 'calendar', k.localId) ?? hrefLabel(k.href),
          field: k.field,
          fieldLabel:
            this.mapperFor(c === contacts ? 'contacts' : 'calendar')?.fieldLabel(k.field) ??
            k.field,
          netwell: k.netwell,
          server: k.server,
        })),
      ),
      pendingDeletions: held
        ? { side: held.side, count: held.hrefs.length, names: held.names }
        : null,
      queued: account ? this.queued() : 0,
      nextRunAt: this.nextRunAt?.toISOString() ?? null,
    };
  }

  private queuedMemo: { contacts: readonly unknown[]; count: number } | null = null;

  /** Local changes not yet on the server (kept per contacts array until the next run). */
  private queued(): number {
    const current = this.deps.store.read().contacts;
    if (this.queuedMemo?.contacts === current) return this.queuedMemo.count;
    const count = this.countQueued();
    this.queuedMemo = { contacts: current, count };
    return count;
  }

  private countQueued(): number {
    const contacts = this.state?.contacts;
    const mapper = this.mapperFor('contacts');
    if (!contacts || !mapper) return 0;
    const locals = mapper.locals();
    const linked = new Map(contacts.items.map((i) => [i.localId, i]));
    let count = 0;
    for (const local of locals.values()) {
      const item = linked.get(local.id);
      if (!item) count += local.newOnServer === false ? 0 : 1;
      else if (!sameAsBase(mapper, local.fields, item.base)) count++;
    }
    for (const item of contacts.items) if (!locals.has(item.localId)) count++;
    return count;
  }

  private labelOf(kind: 'contacts' | 'calendar', id: string): string | null {
    if (kind === 'contacts')
      return this.deps.store.read().contacts.find((c) => c.id === id)?.name ?? null;
    return this.mapperFor('calendar')?.locals().get(id)?.label ?? null;
  }

  // ── The account ────────────────────────────────────────────────────────────────────────────

  /** Signs in and lists the address books and calendars. Stores nothing. */
  async discover(credentials: SyncCredentials): Promise<Discovery> {
    const session = this.session(credentials);
    const calendarSession = this.calendarSession(credentials);
    try {
      const cardAccount = await session.account('contacts');
      const addressBooks = await session.addressBooks(cardAccount);
      let calendars: Collection[] = [];
      try {
        calendars = await calendarSession.calendars(await calendarSession.account('calendar'));
      } catch (error) {
        // An address-book-only server (a CardDAV URL) is fine; calendars are optional, unless
        // the user named a calendar server.
        const optional = !credentials.calendarServerUrl;
        if (!(error instanceof DavError) || error.failure !== 'not-dav' || !optional) throw error;
      }
      const vcard4 = addressBooks[0] ? await session.offersVCard4(addressBooks[0].url) : false;
      return { serverUrl: session.serverUrl, addressBooks, calendars, vcard4 };
    } catch (error) {
      throw asUserError(error);
    }
  }

  /** The calendars' session: their own server where the account names one. */
  private calendarSession(
    credentials: SyncCredentials | (DavCredentials & { calendarServerUrl?: string | null }),
  ): DavSession {
    const other = credentials.calendarServerUrl;
    if (!other) return this.session(credentials);
    try {
      return this.session({ ...credentials, serverUrl: other });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      throw new UserError('invalid_input', `The calendar server: ${error.message}`, [
        { path: 'calendarServerUrl', message: error.message },
      ]);
    }
  }

  async connect(input: SyncConnectInput): Promise<SyncStatus> {
    const parsed = SyncConnectInputSchema.parse(input);
    const session = this.session(parsed);
    try {
      const cardAccount = await session.account('contacts');
      const books = await session.addressBooks(cardAccount);
      const addressBook = await this.choose(parsed.addressBook, books, () =>
        session.createCollection(
          cardAccount,
          'contacts',
          'create' in parsed.addressBook ? parsed.addressBook.create : '',
        ),
      );
      let calendar: Collection | null = null;
      let organizer: SyncAccount['organizer'] = null;
      const calendarSession = this.calendarSession(parsed);
      if (parsed.calendar) {
        const calAccount = await calendarSession.account('calendar');
        organizer = await this.organizerFor(calendarSession, calAccount, parsed.username);
        const calendars = await calendarSession.calendars(calAccount);
        const choice = parsed.calendar;
        calendar = await this.choose(choice, calendars, () =>
          calendarSession.createCollection(
            calAccount,
            'calendar',
            'create' in choice ? choice.create : '',
          ),
        );
      }
      const vcard4 = await session.offersVCard4(addressBook.url);
      const account: SyncAccount = {
        serverUrl: session.serverUrl,
        calendarServerUrl: parsed.calendarServerUrl ? calendarSession.serverUrl : null,
        username: parsed.username,
        addressBook,
        calendar,
        vcard4,
        organizer,
        options: parsed.options,
        paused: false,
      };
      await this.deps.secrets.set(secretKey(account), parsed.password);
      this.password = parsed.password;
      this.deps.settings.set({ ...this.deps.settings.get(), sync: account });
      await this.loadState(account);
      // A collection made just now may be filled in one request on the first run.
      if ('create' in parsed.addressBook && this.state?.contacts) this.state.contacts.fresh = true;
      this.phase = 'idle';
      this.message = null;
      this.lastRun = null;
      this.failuresInARow = 0;
    } catch (error) {
      throw asUserError(error);
    }
    this.schedule(0);
    return this.changed();
  }

  /**
   * Who organizes the user's meetings: the calendar server's address for the user, else the user
   * name where it is an email address (iCloud, Fastmail and most hosts sign in by email).
   */
  private async organizerFor(
    session: DavSession,
    account: Awaited<ReturnType<DavSession['account']>>,
    username: string,
  ): Promise<SyncAccount['organizer']> {
    const fromServer = await session.calendarUser(account).catch((error: unknown) => {
      // A server that will not say is not a reason to refuse the account.
      if (error instanceof DavError && error.failure !== 'auth') return null;
      throw error;
    });
    if (fromServer) return fromServer;
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(username) ? { email: username, name: '' } : null;
  }

  private async choose(
    choice: CollectionChoice,
    existing: Collection[],
    create: () => Promise<Collection>,
  ): Promise<Collection> {
    if ('create' in choice) return create();
    const found = existing.find((c) => c.url === choice.url);
    if (!found) throw new UserError('not_found', 'That collection is no longer on the server.');
    return found;
  }

  private session(credentials: SyncCredentials | DavCredentials): DavSession {
    const url = checkServerUrl(credentials.serverUrl);
    if (!url.ok)
      throw new UserError('invalid_input', url.message, [
        { path: 'serverUrl', message: url.message },
      ]);
    return new DavSession(
      { serverUrl: url.url, username: credentials.username, password: credentials.password },
      this.fetch,
    );
  }

  pause(paused: boolean): SyncStatus {
    const account = this.requireAccount();
    this.deps.settings.set({ ...this.deps.settings.get(), sync: { ...account, paused } });
    if (paused && this.timer) {
      this.deps.clock.clearTimeout(this.timer);
      this.timer = null;
      this.nextRunAt = null;
    }
    if (!paused) this.schedule(0);
    return this.changed();
  }

  setOptions(options: SyncOptions): SyncStatus {
    const account = this.requireAccount();
    this.deps.settings.set({ ...this.deps.settings.get(), sync: { ...account, options } });
    this.schedule(syncSchedule.afterChange);
    return this.changed();
  }

  async setPassword(password: string): Promise<SyncStatus> {
    const account = this.requireAccount();
    await this.deps.secrets.set(secretKey(account), password);
    this.password = password;
    this.phase = 'idle';
    this.message = null;
    this.failuresInARow = 0;
    this.schedule(0);
    return this.changed();
  }

  /** Forgets the account and what was synced. Nothing is deleted in Netwell or on the server. */
  async disconnect(): Promise<SyncStatus> {
    const account = this.account();
    if (this.timer) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
    this.nextRunAt = null;
    await this.running;
    await this.saving;
    if (account) await this.deps.secrets.delete(secretKey(account));
    this.deps.settings.set({ ...this.deps.settings.get(), sync: null });
    await this.deps.files.remove();
    this.state = null;
    this.password = null;
    this.phase = 'idle';
    this.message = null;
    this.lastRun = null;
    return this.changed();
  }

  /** The user picked a side of a conflict: the next run makes both sides hold that value. */
  async resolve(id: string, keep: 'netwell' | 'server'): Promise<SyncStatus> {
    const hash = id.lastIndexOf('#');
    const href = id.slice(0, hash);
    const field = id.slice(hash + 1);
    await this.running;
    // The state is written a slice at a time: it is changed only between writes.
    await this.saving;
    for (const key of ['contacts', 'calendar'] as const) {
      const conflict = this.state?.[key]?.conflicts.find(
        (c) => c.href === href && c.field === field,
      );
      if (conflict && (await this.settle(key, [conflict], keep)) > 0) {
        await this.saveState();
        this.schedule(0);
        return this.changed();
      }
    }
    throw new UserError('not_found', 'That conflict was already settled.');
  }

  /** Every conflict settled the same way: the list's "for all" choice (a first sync has many). */
  async resolveAll(keep: 'netwell' | 'server'): Promise<SyncStatus> {
    await this.running;
    await this.saving;
    let settled = 0;
    for (const key of ['contacts', 'calendar'] as const)
      settled += await this.settle(key, [...(this.state?.[key]?.conflicts ?? [])], keep);
    if (settled === 0) throw new UserError('not_found', 'Those conflicts were already settled.');
    await this.saveState();
    this.schedule(0);
    return this.changed();
  }

  /**
   * Settles conflicts of one collection; answers how many. The base takes the side not kept, so
   * the kept side reads as the one that changed: the server's values are applied here now (one
   * update per record), Netwell's go to the server on the next run.
   */
  private async settle(
    key: 'contacts' | 'calendar',
    conflicts: readonly StoredConflict[],
    keep: 'netwell' | 'server',
  ): Promise<number> {
    const collection = this.state?.[key];
    const mapper = this.mapperFor(key);
    if (!collection || !mapper) return 0;
    const locals = mapper.locals();
    const settled = new Set<StoredConflict>();
    const updates: LocalChange<unknown>[] = [];
    const rebased: [LinkedItem, Record<string, unknown>][] = [];
    const byHref = new Map<string, StoredConflict[]>();
    for (const c of conflicts) byHref.set(c.href, [...(byHref.get(c.href) ?? []), c]);
    for (const item of collection.items) {
      const group = byHref.get(item.href);
      if (!group) continue;
      const base = { ...(item.base as Record<string, unknown>) };
      const server = mapper.read(item.raw) as Record<string, unknown>;
      const taken: Record<string, unknown> = {};
      for (const conflict of group) {
        base[conflict.field] = server[conflict.field];
        taken[conflict.field] = server[conflict.field];
        settled.add(conflict);
      }
      const local = locals.get(item.localId);
      if (keep === 'server' && local) {
        const fields = local.fields as Record<string, unknown>;
        updates.push({
          kind: 'update',
          id: item.localId,
          fields: { ...fields, ...taken },
          from: fields,
        });
      }
      rebased.push([item, base]);
    }
    // Netwell's records first: if that fails, the state still holds the conflicts as they were.
    if (updates.length > 0) await mapper.apply(updates);
    for (const [item, base] of rebased) item.base = base;
    collection.conflicts = collection.conflicts.filter((c) => !settled.has(c));
    return settled.size;
  }

  async confirmDeletions(decision: 'delete' | 'keep'): Promise<SyncStatus> {
    await this.running;
    // The state is written a slice at a time: it is changed only between writes.
    await this.saving;
    for (const key of ['contacts', 'calendar'] as const) {
      const collection = this.state?.[key];
      const held = collection?.held;
      const mapper = this.mapperFor(key);
      if (!collection || !held || !mapper) continue;
      if (decision === 'delete') held.approved = true;
      else {
        collection.held = null;
        const hrefs = new Set(held.hrefs);
        if (held.side === 'netwell') {
          // Deleted on the server, kept here: they go back to the server as new items.
          collection.items = collection.items.filter((i) => !hrefs.has(i.href));
        } else {
          // Deleted here, kept on the server: they come back from the trash.
          const ids = collection.items.filter((i) => hrefs.has(i.href)).map((i) => i.localId);
          await mapper.apply(
            ids.filter((id) => mapper.restorable(id)).map((id) => ({ kind: 'restore', id })),
          );
        }
      }
      await this.saveState();
      this.schedule(0);
      return this.changed();
    }
    throw new UserError('not_found', 'No deletions are waiting.');
  }

  /** Runs now (or right after the run under way) and answers when it is done. */
  async syncNow(): Promise<SyncStatus> {
    this.requireAccount();
    if (this.running) {
      this.again = true;
      await this.running;
    }
    await this.runOnce();
    return this.status();
  }

  // ── Runs ───────────────────────────────────────────────────────────────────────────────────

  private schedule(ms: number): void {
    const account = this.account();
    if (!account || account.paused || this.disposed || waitsForPassword(this.phase)) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const at = this.deps.clock.now().getTime() + ms;
    if (this.timer && this.nextRunAt && this.nextRunAt.getTime() <= at) return;
    if (this.timer) this.deps.clock.clearTimeout(this.timer);
    this.nextRunAt = new Date(at);
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = null;
      this.nextRunAt = null;
      void this.runOnce().catch(this.deps.log);
    }, ms);
  }

  private runOnce(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.again && !this.disposed) {
        this.again = false;
        this.schedule(0);
      } else if (!this.timer) this.schedule(this.retryDelay());
      // Said once the next run is set, so the status carries its time.
      this.changed();
    });
    return this.running;
  }

  private retryDelay(): number {
    if (this.failuresInARow === 0) return syncSchedule.every;
    return Math.min(syncSchedule.every, syncSchedule.retry * 2 ** (this.failuresInARow - 1));
  }

  private async run(): Promise<void> {
    const account = this.account();
    if (!account || account.paused) return;
    if (this.password === null) {
      this.askForPassword();
      return;
    }
    const started = this.deps.clock.now();
    const startedMs = performance.now();
    this.phase = 'syncing';
    this.again = false;
    this.changed();
    if (!this.state) await this.loadState(account);
    // The last run's state may still be on its way to disk: it is changed only between writes.
    await this.saving;
    const credentials = {
      serverUrl: account.serverUrl,
      username: account.username,
      password: this.password,
    };
    const session = new DavSession(credentials, this.fetch);
    const run: SyncRun = {
      at: started.toISOString(),
      ok: false,
      durationMs: 0,
      pulled: { created: 0, updated: 0, deleted: 0 },
      pushed: { created: 0, updated: 0, deleted: 0 },
    };
    // A run that changed nothing writes nothing (the state is 3 MB at 5,000 cards).
    let dirty = true;
    try {
      const state = this.state!;
      state.contacts ??= emptyCollectionState(account.addressBook.url);
      const contacts = await new CollectionSync(
        session,
        this.mapperFor('contacts')!,
        state.contacts,
      ).run();
      add(run, contacts);
      dirty = contacts.changed;
      if (account.calendar) {
        state.calendar ??= emptyCollectionState(account.calendar.url);
        // The calendars' own server where the account has one (iCloud, Fastmail).
        const calendarSession = account.calendarServerUrl
          ? new DavSession({ ...credentials, serverUrl: account.calendarServerUrl }, this.fetch)
          : session;
        const calendar = await new CollectionSync(
          calendarSession,
          this.mapperFor('calendar')!,
          state.calendar,
        ).run();
        add(run, calendar);
        dirty ||= calendar.changed;
        const windows = this.windowsWanted(account);
        if (windows) {
          const published = await publishWindows(
            calendarSession,
            account.calendar.url,
            windows,
            state.windows,
          );
          dirty ||= published.published !== state.windows;
          state.windows = published.published;
          add(run, { pulled: { created: 0, updated: 0, deleted: 0 }, pushed: published.counts });
        }
      }
      run.ok = true;
      this.phase = 'idle';
      this.message = null;
      this.failuresInARow = 0;
    } catch (error) {
      this.failuresInARow++;
      if (error instanceof DavError) {
        this.phase =
          error.failure === 'auth'
            ? 'password-refused'
            : error.failure === 'offline'
              ? 'offline'
              : 'error';
        this.message = error.message;
      } else {
        this.deps.log(error);
        this.phase = 'error';
        this.message = 'Sync stopped on an unexpected problem; it tries again in a few minutes.';
      }
    } finally {
      run.durationMs = Math.round(performance.now() - startedMs);
      this.lastRun = run;
      // A run that changed nothing leaves the count as it was (working it out reads every record).
      if (dirty) this.queuedMemo = null;
      // Written after the run has answered; the next run and closing wait for it. A crash before
      // it lands loses nothing: the next run finds the same ETags and bases and redoes no harm.
      if (dirty) void this.saveState().catch(this.deps.log);
    }
  }

  /** No password at hand (none kept since the last start, or the keychain lost it): say so. */
  private askForPassword(): void {
    this.phase = 'needs-password';
    this.message =
      this.deps.secrets.kind === 'memory'
        ? 'Give the password again: Netwell keeps it only in memory here, and it was not given since the last start.'
        : 'Give the password again: the keychain no longer has it.';
  }

  /** The windows' events to publish; null when the schedule cannot be written (said in status). */
  private windowsWanted(account: SyncAccount): { uid: string; ics: string }[] | null {
    if (!account.options.syncWindows) return [];
    try {
      const now = this.deps.clock.now().toISOString();
      return windowsAsEvents(this.deps.settings.get().schedule, this.deps.timeZone(), now);
    } catch (error) {
      this.deps.log(error);
      return null;
    }
  }

  /** Mappers kept while the account's options stay: each remembers its records' fields. */
  private mappers: {
    key: string;
    contacts: SyncMapper<unknown>;
    calendar: SyncMapper<unknown> | null;
  } | null = null;

  private mapperFor(kind: 'contacts' | 'calendar'): SyncMapper<unknown> | null {
    const account = this.account();
    if (!account) return null;
    const key = JSON.stringify([
      account.options,
      account.vcard4,
      account.calendar?.url ?? null,
      account.organizer,
    ]);
    if (this.mappers?.key !== key) {
      this.mappers = {
        key,
        contacts: this.makeMapper(account, 'contacts')!,
        calendar: this.makeMapper(account, 'calendar'),
      };
    }
    return this.mappers[kind];
  }

  private makeMapper(
    account: SyncAccount,
    kind: 'contacts' | 'calendar',
  ): SyncMapper<unknown> | null {
    // Sync's own changes go to the windows but do not ask for another run.
    const own = (event: () => void) => {
      this.ownEvent = true;
      try {
        event();
      } finally {
        this.ownEvent = false;
      }
    };
    const mapper =
      kind === 'contacts'
        ? new ContactSyncMapper({
            store: this.deps.store,
            clock: this.deps.clock,
            changed: (ids) => own(() => this.deps.bus.emit('contacts.changed', { ids })),
            syncNotes: account.options.syncNotes,
            version: account.vcard4 ? '4.0' : '3.0',
          })
        : account.calendar
          ? new CalendarSyncMapper({
              store: this.deps.store,
              clock: this.deps.clock,
              organizer: account.organizer,
              changed: (contactIds) => own(() => this.deps.bus.emit('crm.changed', { contactIds })),
            })
          : null;
    return mapper as SyncMapper<unknown> | null;
  }

  private async loadState(account: SyncAccount): Promise<void> {
    const { state, setAside } = await this.deps.files.load(stateKey(account));
    if (setAside)
      this.deps.log(new Error(`The sync state could not be read; it was moved to ${setAside}.`));
    state.contacts ??= emptyCollectionState(account.addressBook.url);
    this.state = state;
    this.queuedMemo = null;
  }

  /** Writes the state, one write at a time (they share a temporary file). */
  private saveState(): Promise<void> {
    this.queuedMemo = null;
    const state = this.state;
    const write = this.saving.then(() => (state ? this.deps.files.save(state) : undefined));
    this.saving = write.catch(() => undefined);
    return write;
  }

  private requireAccount(): SyncAccount {
    const account = this.account();
    if (!account) throw new UserError('not_found', 'No sync account is connected.');
    return account;
  }

  private changed(): SyncStatus {
    const status = this.status();
    this.deps.bus.emit('sync.changed', status);
    return status;
  }
}

function add(run: SyncRun, outcome: { pulled: SyncRun['pulled']; pushed: SyncRun['pushed'] }) {
  for (const side of ['pulled', 'pushed'] as const)
    for (const k of ['created', 'updated', 'deleted'] as const) run[side][k] += outcome[side][k];
}

/** The keychain entry of an account's password. */
const secretKey = (account: { serverUrl: string; username: string }) =>
  `sync:${account.username}@${account.serverUrl}`;

/** What the sync state belongs to: another account or address book starts afresh. */
const stateKey = (account: SyncAccount) =>
  `${account.username}@${account.serverUrl} ${account.addressBook.url} ${account.calendar?.url ?? ''}`;
