import type { SyncCounts } from '../../shared/sync';
import { DavError } from './dav/dav-errors';
import type { DavSession, FetchedItem } from './dav/dav-session';
import { deletionNeedsConsent } from './deletion-guard';
import { inSlices, nextTurn } from './slices';
import type { LocalChange, LocalItem, SyncMapper } from './sync-mapper';
import type { CollectionState, FailingItem, LinkedItem, StoredConflict } from './sync-state';

export interface RunOutcome {
  pulled: SyncCounts;
  pushed: SyncCounts;
  /** Whether the state changed (worth writing to disk). */
  changed: boolean;
}

/** The items by href, noting whether any was set or removed. */
class TrackedItems extends Map<string, LinkedItem> {
  touched = false;
  override set(href: string, item: LinkedItem): this {
    this.touched = true;
    return super.set(href, item);
  }
  override delete(href: string): boolean {
    const removed = super.delete(href);
    this.touched ||= removed;
    return removed;
  }
}

/** Writes to the server at once: enough to hide the round trip, few enough for a small server. */
const PUSH_CONCURRENCY = 4;
/** Local changes per store update: each is one journal entry, and the page stays answered. */
const APPLY_BATCH = 250;

interface Remote<F> {
  href: string;
  etag: string;
  raw: string;
  fields: F;
  /** The item's UID, read once with its fields (reading a card again costs as much). */
  uid: string | null;
}

interface Push<F> {
  href: string;
  /** The server's text to patch, or null for a new item. */
  raw: string | null;
  /** If-Match; null: If-None-Match: * (a new item). */
  etag: string | null;
  localId: string;
  uid: string;
  fields: F;
  /** The base to keep after the write: the fields, except conflicted ones. */
  base: F;
}

const zero = (): SyncCounts => ({ created: 0, updated: 0, deleted: 0 });

/**
 * One run of two-way sync over one collection: what changed on the server comes in (three-way
 * merged with what changed here), then what changed here goes out with If-Match / If-None-Match.
 * `state` is updated in place as each step succeeds, so a run cut short (the server went away)
 * loses nothing: every step is idempotent against the ETags and bases it leaves. The sync token
 * advances only when the whole run succeeded.
 */
export class CollectionSync<F> {
  private readonly items: TrackedItems;
  private readonly out: RunOutcome = { pulled: zero(), pushed: zero(), changed: false };
  private locals: ReadonlyMap<string, LocalItem<F>> = new Map();
  /** Records written in one request this run (fillFresh): linked as they were sent. */
  private readonly filled = new Set<string>();
  /** What this run wrote, told to the mapper once the writes are done. */
  private readonly wrote: { localId: string; uid: string; text: string }[] = [];

  constructor(
    private readonly dav: DavSession,
    private readonly mapper: SyncMapper<F>,
    private readonly state: CollectionState,
  ) {
    this.items = new TrackedItems(state.items.map((i) => [i.href, i]));
    this.items.touched = false;
  }

  async run(): Promise<RunOutcome> {
    const { items: _items, ...small } = this.state;
    const before = JSON.stringify(small);
    try {
      await this.applyApprovedDeletions();
      // After writing, list again from the token: our own writes come back with the ETags we hold
      // (nothing to do), anything another device wrote meanwhile is merged, and the token saved
      // then covers our writes (a server need not report an item made and deleted since a token).
      for (let pass = 0; pass < 3; pass++) {
        const wrote = this.writes();
        await this.pass();
        if (this.writes() === wrote && pass > 0) break;
        if (this.writes() === 0) break;
      }
      return this.out;
    } finally {
      if (this.items.touched) this.state.items = [...this.items.values()];
      const { items: _after, ...rest } = this.state;
      this.out.changed = this.items.touched || JSON.stringify(rest) !== before;
    }
  }

  /** Server writes so far this run. */
  private writes(): number {
    const p = this.out.pushed;
    return p.created + p.updated + p.deleted;
  }

  private async pass(): Promise<void> {
    // Read before listing: anything written after it (our own writes too) changes it again.
    const asking = this.state.token === null ? null : this.dav.collectionTag(this.state.url);
    // While the server works out its tag (~280 ms on Radicale at 5,000 cards), what changed here
    // is worked out: most runs have nothing to fetch, and this is all they do besides.
    asking?.catch(() => undefined);
    this.locals = this.mapper.locals();
    const planned = asking === null ? null : await this.plan([]);
    const tag = asking === null ? null : await asking;
    if (planned && tag !== null && tag === this.state.ctag && this.state.held === null) {
      // Nothing changed on the server: only what changed here goes out.
      await this.send(planned);
      return;
    }
    const listing = await this.dav.changes(this.state.url, this.state.token);
    const listed = new Set(listing.changed.map((c) => c.href));
    const removed =
      listing.removed === null
        ? [...this.items.keys()].filter((h) => !listed.has(h))
        : listing.removed.filter((h) => this.items.has(h));
    for (const href of listing.removed ?? [...this.failingKeys()].filter((k) => !listed.has(k)))
      this.clearFailing(href);
    const changed = listing.changed.filter((c) => {
      if (this.items.get(c.href)?.etag === c.etag) return false;
      const failing = this.state.failing.find((f) => f.key === c.href);
      return failing?.etag !== c.etag;
    });
    const fetched =
      changed.length > 0
        ? await this.dav.fetchItems(
            this.state.url,
            this.mapper.kind,
            changed.map((c) => c.href),
          )
        : [];
    // Read again: a change made here while the listing came is compared too.
    this.locals = this.mapper.locals();
    await nextTurn();
    const pushes = await this.pull(await this.readAll(fetched), removed);
    await this.push(pushes);
    this.state.token = listing.token;
    this.state.ctag = listing.token === null ? null : tag;
  }

  /** Server items as fields; one that cannot be read is reported and the others go on. */
  private async readAll(fetched: FetchedItem[]): Promise<Remote<F>[]> {
    const out: Remote<F>[] = [];
    await inSlices(fetched, (item) => {
      try {
        const fields = this.mapper.read(item.data);
        out.push({ ...item, raw: item.data, fields, uid: this.mapper.uidOf(item.data) });
        this.clearFailing(item.href);
      } catch (error) {
        this.fail({
          key: item.href,
          label: hrefLabel(item.href),
          reason: `This item on the server could not be read: ${(error as Error).message}`,
          etag: item.etag,
        });
      }
    });
    return out;
  }

  // ── From the server ────────────────────────────────────────────────────────────────────────

  private async pull(remotes: Remote<F>[], removed: string[]): Promise<Push<F>[]> {
    const changes: LocalChange<F>[] = [];
    const pushes: Push<F>[] = [];
    const incoming: Remote<F>[] = [];
    const afterApply: ((created: Map<string, string>) => void)[] = [];
    for (const remote of remotes) {
      const item = this.items.get(remote.href);
      if (!item) {
        incoming.push(remote);
        continue;
      }
      const local = this.locals.get(item.localId);
      if (!local) {
        // Deleted here, changed there: the change wins, the record comes back.
        if (this.mapper.restorable(item.localId)) {
          changes.push({ kind: 'restore', id: item.localId });
          changes.push({ kind: 'update', id: item.localId, fields: remote.fields, from: null });
          this.relink(item, remote, remote.fields);
          this.out.pulled.updated++;
        } else {
          this.items.delete(item.href);
          incoming.push(remote);
        }
        continue;
      }
      this.reconcile(
        item.localId,
        local,
        this.mapper.equal(local.fields, item.base as F) ? null : (item.base as F),
        remote,
        changes,
        pushes,
      );
    }
    // Written by this run in one request: each is its record, as sent (5,000 at a first sync).
    await inSlices(incoming.splice(0), (remote) => {
      const uid = remote.uid;
      const local = uid === null || !this.filled.has(uid) ? undefined : this.locals.get(uid);
      if (local) this.link(remote, local.id).base = local.fields;
      else incoming.push(remote);
    });
    // New on the server: someone Netwell already has (UID first, then the import's rules), or new.
    const linked = new Set([...this.items.values()].map((i) => i.localId));
    const unlinked = [...this.locals.values()].filter((l) => !linked.has(l.id));
    const matches = this.mapper.match(
      incoming.map((r) => ({ href: r.href, uid: r.uid, fields: r.fields })),
      unlinked,
    );
    for (const remote of incoming) {
      const id = matches.get(remote.href);
      const local = id === undefined ? undefined : this.locals.get(id);
      if (local) {
        this.reconcile(local.id, local, undefined, remote, changes, pushes);
        continue;
      }
      const uid = remote.uid ?? remote.href;
      changes.push({ kind: 'create', fields: remote.fields, uid, href: remote.href });
      afterApply.push((created) => {
        const newId = created.get(remote.href);
        if (newId === undefined) return;
        this.items.set(remote.href, {
          href: remote.href,
          etag: remote.etag,
          localId: newId,
          uid,
          base: remote.fields,
          raw: remote.raw,
        });
        this.out.pulled.created++;
      });
    }
    // Gone from the server: deleted here too, unless it changed here since (then it goes back).
    const deletes: LinkedItem[] = [];
    for (const href of removed) {
      const item = this.items.get(href);
      if (!item) continue;
      const local = this.locals.get(item.localId);
      this.dropConflicts(href);
      if (!local) this.items.delete(href);
      else if (this.mapper.equal(local.fields, item.base as F)) deletes.push(item);
      else this.items.delete(href);
    }
    for (const item of this.guardDeletes('netwell', deletes)) {
      changes.push({ kind: 'delete', id: item.localId });
      this.items.delete(item.href);
      this.out.pulled.deleted++;
    }
    const created = await this.apply(changes);
    for (const then of afterApply) then(created);
    // What Netwell holds now (records made or changed just now included): pushes compare to it.
    if (changes.length > 0) this.locals = this.mapper.locals();
    return pushes;
  }

  /**
   * One item changed on the server that Netwell has: `base` undefined for a first meeting of two
   * records (no common past), null when nothing changed here (the server's version is taken).
   */
  private reconcile(
    localId: string,
    local: LocalItem<F>,
    base: F | null | undefined,
    remote: Remote<F>,
    changes: LocalChange<F>[],
    pushes: Push<F>[],
  ): void {
    const item = this.items.get(remote.href);
    if (base === null) {
      if (!this.mapper.equal(local.fields, remote.fields)) {
        changes.push({ kind: 'update', id: localId, fields: remote.fields, from: local.fields });
        this.out.pulled.updated++;
      }
      this.dropConflicts(remote.href);
      this.relink(item ?? this.link(remote, localId), remote, remote.fields);
      return;
    }
    const merged = this.mapper.merge(base ?? null, local.fields, remote.fields);
    if (!this.mapper.equal(merged.local, local.fields)) {
      changes.push({ kind: 'update', id: localId, fields: merged.local, from: local.fields });
      this.out.pulled.updated++;
    }
    // Conflicted fields keep their old base, so the conflict stays until the user picks.
    const nextBase = { ...merged.local } as F;
    const previous = (base ?? this.mapper.empty()) as Record<string, unknown>;
    for (const c of merged.conflicts)
      (nextBase as Record<string, unknown>)[c.field] = previous[c.field];
    this.dropConflicts(remote.href);
    this.state.conflicts.push(
      ...merged.conflicts.map((c): StoredConflict => ({
        href: remote.href,
        localId,
        field: c.field,
        netwell: c.local,
        server: c.remote,
      })),
    );
    const linked = item ?? this.link(remote, localId);
    this.relink(linked, remote, nextBase);
    if (!this.mapper.equal(merged.remote, remote.fields)) {
      pushes.push({
        href: remote.href,
        raw: remote.raw,
        etag: remote.etag,
        localId,
        uid: linked.uid,
        fields: merged.remote,
        base: nextBase,
      });
    }
  }

  private link(remote: Remote<F>, localId: string): LinkedItem {
    const item: LinkedItem = {
      href: remote.href,
      etag: remote.etag,
      localId,
      uid: remote.uid ?? localId,
      base: remote.fields,
      raw: remote.raw,
    };
    this.items.set(remote.href, item);
    return item;
  }

  private relink(item: LinkedItem, remote: Remote<F>, base: F): void {
    this.items.set(item.href, { ...item, etag: remote.etag, raw: remote.raw, base });
  }

  // ── To the server ──────────────────────────────────────────────────────────────────────────

  private async push(fromMerges: Push<F>[]): Promise<void> {
    await this.send(await this.plan(fromMerges));
  }

  /** What goes to the server: the merges' writes, records changed or new here, and deletes. */
  private async plan(fromMerges: Push<F>[]): Promise<{ pushes: Push<F>[]; deletes: LinkedItem[] }> {
    const touched = new Set(fromMerges.map((p) => p.href));
    const held = new Set(this.state.held?.hrefs ?? []);
    const pushes = [...fromMerges];
    const linkedIds = new Set<string>();
    const deletes: LinkedItem[] = [];
    // Sliced: the first run after a big first sync compares 5,000 pairs once.
    await inSlices([...this.items.values()], (item) => {
      linkedIds.add(item.localId);
      if (touched.has(item.href) || held.has(item.href)) return;
      const local = this.locals.get(item.localId);
      if (!local) {
        deletes.push(item);
        return;
      }
      if (sameAsBase(this.mapper, local.fields, item.base as F)) return;
      // Open conflicts: the conflicted fields are pushed only once the user picks.
      pushes.push(this.updateOf(item, local));
    });
    await inSlices([...this.locals.values()], (local) => {
      if (linkedIds.has(local.id) || local.newOnServer === false) return;
      pushes.push({
        href: new URL(`${fileName(local.id)}${this.mapper.extension}`, this.state.url).href,
        raw: null,
        etag: null,
        localId: local.id,
        uid: this.mapper.uidFor?.(local.id) ?? local.id,
        fields: local.fields,
        base: local.fields,
      });
    });
    return { pushes, deletes };
  }

  private async send({ pushes, deletes }: { pushes: Push<F>[]; deletes: LinkedItem[] }) {
    const remaining = await this.fillFresh(pushes);
    await inPool(remaining, PUSH_CONCURRENCY, (p) => this.write(p, 0));
    if (this.wrote.length > 0) await this.mapper.written?.(this.wrote.splice(0));
    await inPool(this.guardDeletes('server', deletes), PUSH_CONCURRENCY, (item) =>
      this.remove(item),
    );
  }

  /**
   * The first run into a collection Netwell has just made: every new item in one request where
   * the server takes that. Nothing is linked here: the next pass lists the items and links each
   * to its record by UID, as any first sync does. Answers the writes still to make.
   */
  private async fillFresh(pushes: Push<F>[]): Promise<Push<F>[]> {
    if (!this.state.fresh || this.mapper.kind !== 'contacts') return pushes;
    this.state.fresh = false;
    const creates = pushes.filter((p) => p.raw === null);
    if (creates.length < 2 || this.items.size > 0 || creates.length !== pushes.length)
      return pushes;
    const texts: string[] = [];
    await inSlices(creates, (p) => void texts.push(this.mapper.write(null, p.fields, p.uid)));
    if (!(await this.dav.fillNewCollection(this.state.url, texts.join('')))) return pushes;
    this.out.pushed.created += creates.length;
    for (const p of creates) this.filled.add(p.uid);
    return [];
  }

  /** A changed record's write, keeping the server's value of fields still in conflict. */
  private updateOf(item: LinkedItem, local: LocalItem<F>): Push<F> {
    const conflicted = this.state.conflicts.filter((c) => c.href === item.href);
    const fields = { ...local.fields } as Record<string, unknown>;
    const base = { ...local.fields } as Record<string, unknown>;
    if (conflicted.length > 0) {
      const server = this.mapper.read(item.raw) as Record<string, unknown>;
      const old = item.base as Record<string, unknown>;
      for (const c of conflicted) {
        fields[c.field] = server[c.field];
        base[c.field] = old[c.field];
      }
    }
    return {
      href: item.href,
      raw: item.raw,
      etag: item.etag,
      localId: item.localId,
      uid: item.uid,
      fields: fields as F,
      base: base as F,
    };
  }

  private async write(p: Push<F>, attempt: number): Promise<void> {
    const body = this.mapper.write(p.raw, p.fields, p.uid);
    const known = this.items.get(p.href);
    if (p.raw !== null && body === p.raw && known) {
      this.items.set(p.href, { ...known, base: p.base });
      return;
    }
    try {
      const { etag } = await this.dav.put(p.href, body, this.mapper.kind, p.etag);
      this.items.set(p.href, {
        href: p.href,
        // No ETag in the answer (allowed): the next listing's differs, and one fetch settles it.
        etag: etag ?? '',
        localId: p.localId,
        uid: p.uid,
        base: p.base,
        raw: body,
      });
      this.clearFailing(p.localId);
      this.wrote.push({ localId: p.localId, uid: p.uid, text: body });
      if (p.etag === null) this.out.pushed.created++;
      else this.out.pushed.updated++;
    } catch (error) {
      if (!(error instanceof DavError)) throw error;
      if (error.failure === 'offline' || error.failure === 'auth') throw error;
      if (error.failure === 'precondition' && attempt === 0) return this.retryAfterConflict(p);
      if (error.failure === 'not-found' && known) {
        // Deleted on the server meanwhile: it goes back as a new item on the next run.
        this.items.delete(p.href);
        return;
      }
      const local = this.locals.get(p.localId);
      this.fail({
        key: p.localId,
        label: local?.label ?? this.mapper.label(p.fields),
        reason: `The server refused the change: ${error.message}`,
        etag: null,
      });
    }
  }

  /** 412: the server's version changed (or, for a new item, the name is taken). Merge, retry once. */
  private async retryAfterConflict(p: Push<F>): Promise<void> {
    const [current] = await this.dav.fetchItems(this.state.url, this.mapper.kind, [p.href]);
    const local = this.locals.get(p.localId);
    if (!local) return;
    if (!current) {
      if (p.etag !== null) this.items.delete(p.href);
      return;
    }
    const remote = (await this.readAll([current]))[0];
    if (!remote) return;
    const known = this.items.get(p.href);
    if (p.etag === null && remote.uid !== p.uid) {
      // Someone else's item has that name: ours gets another.
      const href = new URL(
        `${fileName(`${p.localId}-${remote.etag.length.toString(36)}${this.out.pushed.created}`)}${this.mapper.extension}`,
        this.state.url,
      ).href;
      return this.write({ ...p, href }, 1);
    }
    const changes: LocalChange<F>[] = [];
    const pushes: Push<F>[] = [];
    const base = known ? (known.base as F) : undefined;
    this.reconcile(p.localId, local, base, remote, changes, pushes);
    await this.apply(changes);
    for (const next of pushes) await this.write(next, 1);
  }

  private async remove(item: LinkedItem): Promise<void> {
    try {
      await this.dav.remove(item.href, item.etag);
      this.items.delete(item.href);
      this.dropConflicts(item.href);
      this.out.pushed.deleted++;
    } catch (error) {
      if (!(error instanceof DavError)) throw error;
      if (error.failure === 'offline' || error.failure === 'auth') throw error;
      // Changed on the server since: it is not deleted; the next run brings the change back.
      if (error.failure === 'precondition') {
        this.items.set(item.href, { ...item, etag: '' });
        return;
      }
      this.fail({ key: item.href, label: hrefLabel(item.href), reason: error.message, etag: null });
    }
  }

  // ── Deletes the user is asked about ────────────────────────────────────────────────────────

  /** The deletes that may go ahead; a batch too large is held for the user instead. */
  private guardDeletes(side: 'netwell' | 'server', deletes: LinkedItem[]): LinkedItem[] {
    if (deletes.length === 0) return [];
    const held = this.state.held;
    if (held && held.side === side) {
      const already = new Set(held.hrefs);
      const fresh = deletes.filter((d) => !already.has(d.href));
      if (fresh.length === 0) return [];
      held.hrefs.push(...fresh.map((d) => d.href));
      held.names.push(...fresh.map((d) => this.labelOf(d)).slice(0, 10 - held.names.length));
      held.approved = false;
      return [];
    }
    if (!deletionNeedsConsent(deletes.length, this.items.size)) return deletes;
    this.state.held = {
      side,
      hrefs: deletes.map((d) => d.href),
      names: deletes.slice(0, 10).map((d) => this.labelOf(d)),
      approved: false,
    };
    return [];
  }

  private async applyApprovedDeletions(): Promise<void> {
    const held = this.state.held;
    if (!held?.approved) return;
    this.state.held = null;
    const items = held.hrefs.map((h) => this.items.get(h)).filter((i) => i !== undefined);
    if (held.side === 'netwell') {
      this.locals = this.mapper.locals();
      const present = items.filter((i) => this.locals.has(i.localId));
      await this.apply(present.map((i) => ({ kind: 'delete', id: i.localId })));
      for (const i of items) this.items.delete(i.href);
      this.out.pulled.deleted += present.length;
    } else {
      await inPool(items, PUSH_CONCURRENCY, (item) => this.remove(item));
    }
  }

  private labelOf(item: LinkedItem): string {
    return this.locals.get(item.localId)?.label ?? this.mapper.label(item.base as F);
  }

  // ── Bookkeeping ────────────────────────────────────────────────────────────────────────────

  private async apply(changes: LocalChange<F>[]): Promise<Map<string, string>> {
    const created = new Map<string, string>();
    for (let i = 0; i < changes.length; i += APPLY_BATCH) {
      const result = await this.mapper.apply(changes.slice(i, i + APPLY_BATCH));
      for (const [href, id] of result.created) created.set(href, id);
      for (const f of result.failed) this.fail({ ...f, etag: this.items.get(f.key)?.etag ?? null });
    }
    return created;
  }

  private dropConflicts(href: string): void {
    this.state.conflicts = this.state.conflicts.filter((c) => c.href !== href);
  }

  private failingKeys(): string[] {
    return this.state.failing.map((f) => f.key);
  }

  private fail(failure: FailingItem): void {
    this.clearFailing(failure.key);
    this.state.failing.push(failure);
  }

  private clearFailing(key: string): void {
    this.state.failing = this.state.failing.filter((f) => f.key !== key);
  }
}

/** Fields objects known equal to base objects (both are never changed in place). */
const equalBases = new WeakMap<object, WeakSet<object>>();

/**
 * Whether a record still holds its base. Fields objects are made once per stored record, so a
 * pair found equal stays equal: a run with nothing to do, and the count of changes waiting,
 * compare 5,000 pairs only once.
 */
export function sameAsBase<F>(mapper: Pick<SyncMapper<F>, 'equal'>, fields: F, base: F): boolean {
  const bases = equalBases.get(fields as object);
  if (bases?.has(base as object)) return true;
  if (!mapper.equal(fields, base)) return false;
  if (bases) bases.add(base as object);
  else equalBases.set(fields as object, new WeakSet([base as object]));
  return true;
}

/** An item's name on the server as a person reads it ("3f2a….vcf"). */
export function hrefLabel(href: string): string {
  const path = new URL(href).pathname.split('/').filter(Boolean);
  return decodeURIComponent(path.at(-1) ?? href);
}

/** A file name made from an id: letters, digits, - and _ only. */
function fileName(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 120);
}

async function inPool<T>(all: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < all.length) await run(all[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, all.length) }, worker));
}
