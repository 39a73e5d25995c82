import type {
  ImportFormat,
  ImportHistoryItem,
  ImportUndoResult,
  ImportPreview,
  ImportResult,
  MatchChoice,
  PreviewRow,
} from '../../shared/interchange/import';
import { PREVIEW_LIMIT } from '../../shared/interchange/import';
import { original } from 'immer';
import type { Clock } from '../clock';
import { UserError } from '../errors';
import type { EventBus } from '../event-bus';
import type { Store } from '../store/open-store';
import { applyImport, revertImport } from './apply-import';
import { ImportCancelled, type ParseControl } from './import/candidate';
import { importFile } from './import/import-file';
import type { CrmContact } from '../../shared/crm/contact-crm-fields';
import {
  planImport,
  planImportInChunks,
  prepareImport,
  type ImportPlan,
  type PlannedRow,
  type PreparedImport,
} from './import-plan';

interface Session {
  fileName: string;
  format: ImportFormat;
  prepared: PreparedImport;
  /** The preview's plan, and the contacts it was made against (reused if they did not change). */
  plan: ImportPlan;
  plannedAgainst: readonly CrmContact[];
}

/** Previews waiting for their commit; older ones are forgotten (each holds a whole file). */
const KEEP_SESSIONS = 3;

/** Lets timers and IPC run between chunks of a long file. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

const previewRow = (row: PlannedRow): PreviewRow => ({
  row: row.row,
  line: row.line,
  name: row.fields.name,
  company: row.fields.company,
  role: row.fields.role,
  email: row.fields.emails[0] ?? '',
  match: row.match
    ? {
        contactId: row.match.contact.id,
        name: row.match.contact.name,
        by: row.match.by,
        network: row.match.network,
        sure: row.match.sure,
        changes: row.match.changes,
        ticked: row.match.ticked,
      }
    : null,
});

/**
 * Import in two steps: a preview (the file read, validated and matched; nothing stored) and a
 * commit (one store update), each import logged so it can be undone as one step.
 */
export class ImportService {
  private sessions = new Map<string, Session>();
  private running = new Map<string, { cancelled: boolean }>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly bus: EventBus,
    private readonly newId: () => string = () => globalThis.crypto.randomUUID(),
  ) {}

  async preview(input: {
    requestId: string;
    fileName: string;
    /** The file as it was sent (its encoding is detected when it is read). */
    bytes: Uint8Array;
  }): Promise<ImportPreview> {
    const state = { cancelled: false };
    this.running.set(input.requestId, state);
    try {
      // Three passes over the rows (read, validate, match): progress runs across all three.
      const phase = (index: number): ParseControl => ({
        cancelled: () => state.cancelled,
        pause: breathe,
        onProgress: (done, total) =>
          this.bus.emit('import.progress', {
            requestId: input.requestId,
            done: index * total + done,
            total: 3 * total,
          }),
      });
      const outcome = await importFile(input.bytes, phase(0));
      if (!outcome.ok) throw new UserError('invalid_input', outcome.message);
      if (state.cancelled) throw new UserError('invalid_input', 'Import cancelled.');
      const prepared = await prepareImport(outcome.file, phase(1));
      const plannedAgainst = this.store.read().contacts;
      const plan = await planImportInChunks(prepared, plannedAgainst, phase(2));
      const token = this.newId();
      const format = outcome.file.format;
      this.sessions.set(token, {
        fileName: input.fileName,
        format,
        prepared,
        plan,
        plannedAgainst,
      });
      while (this.sessions.size > KEEP_SESSIONS) {
        this.sessions.delete(this.sessions.keys().next().value as string);
      }
      const fresh = plan.rows.filter((r) => !r.match);
      const matching = plan.rows.filter((r) => r.match);
      return {
        token,
        fileName: input.fileName,
        format: outcome.file.format,
        counts: {
          rows: prepared.total,
          new: fresh.length,
          matching: matching.length,
          updating: matching.filter((r) => r.match!.ticked && r.match!.changes).length,
          unticked: matching.filter((r) => !r.match!.ticked).length,
          skipped: plan.skipped.length,
          hidden: prepared.hidden,
        },
        first: fresh.slice(0, PREVIEW_LIMIT).map(previewRow),
        matches: matching.slice(0, PREVIEW_LIMIT).map(previewRow),
        skipped: plan.skipped.slice(0, PREVIEW_LIMIT),
      };
    } catch (error) {
      if (error instanceof ImportCancelled) throw new UserError('invalid_input', error.message);
      throw error;
    } finally {
      this.running.delete(input.requestId);
    }
  }

  /** Stops a running preview; it answers with "Import cancelled." and keeps nothing. */
  cancel(requestId: string): void {
    const state = this.running.get(requestId);
    if (state) state.cancelled = true;
  }

  async commit(input: {
    token: string;
    choices: Record<string, MatchChoice>;
  }): Promise<ImportResult> {
    const session = this.sessions.get(input.token);
    if (!session) {
      throw new UserError(
        'not_found',
        'This preview is no longer available. Choose the file again to import it.',
      );
    }
    // Taken at once, so a second click cannot import the same file twice.
    this.sessions.delete(input.token);
    try {
      return await this.commitSession(session, input);
    } catch (error) {
      this.sessions.set(input.token, session);
      throw error;
    }
  }

  private async commitSession(
    session: Session,
    input: { choices: Record<string, MatchChoice> },
  ): Promise<ImportResult> {
    const now = this.clock.now().toISOString();
    const importId = this.newId();
    // The preview's matches hold if the contacts did not change since; otherwise matched again,
    // outside the update so the recipe stays short, and inside only if a change came in between.
    const contactsNow = this.store.read().contacts;
    const planned =
      contactsNow === session.plannedAgainst
        ? session.plan
        : await planImportInChunks(session.prepared, contactsNow, { pause: breathe });
    const outcome = await this.store.update((data) => {
      const plan =
        original(data.contacts) === contactsNow
          ? planned
          : planImport(session.prepared, data.contacts);
      const applied = applyImport(data, plan, {
        choiceFor: (row) =>
          input.choices[String(row.row)] ?? (row.match?.ticked ? 'merge' : 'keep-both'),
        newId: this.newId,
        now,
        log: { id: importId, at: now, fileName: session.fileName, format: session.format },
      });
      return { ...applied, skipped: applied.skipped + plan.skipped.length };
    });
    this.bus.emit('contacts.changed', { ids: [] });
    this.bus.emit('crm.changed', { contactIds: [] });
    return {
      importId,
      created: outcome.created,
      merged: outcome.merged,
      unchanged: outcome.unchanged,
      skipped: outcome.skipped,
      interactions: outcome.interactions,
    };
  }

  /** The imports that can still be undone, newest first. */
  history(): ImportHistoryItem[] {
    return this.store
      .read()
      .imports.map((i) => ({
        id: i.id,
        at: i.at,
        fileName: i.fileName,
        format: i.format,
        added: i.createdContactIds.length,
        updated: i.mergedBefore.length,
      }))
      .reverse();
  }

  async undo(importId: string): Promise<ImportUndoResult> {
    const result = await this.store.update((data) => {
      const entry = data.imports.find((i) => i.id === importId);
      if (!entry) throw new UserError('not_found', 'This import can no longer be undone.');
      return revertImport(data, entry);
    });
    this.bus.emit('contacts.changed', { ids: [] });
    this.bus.emit('crm.changed', { contactIds: [] });
    return result;
  }
}
