/**
 * Settings → Sync: what the page says about a sync status, in words. Pure: the time comes in as
 * `now` (milliseconds), so the sentences are the same in every test.
 */
import type {
  Collection,
  PendingDeletions,
  SyncCounts,
  SyncRun,
  SyncStatus,
} from '../../../../../electron/shared/sync';

export type SyncTone = 'ok' | 'busy' | 'warning' | 'error';

export interface SyncStateView {
  /** The state in a few words ("Idle", "Syncing…"). */
  text: string;
  /** What the user can act on, from the core, when it adds to `text`. */
  detail: string | null;
  tone: SyncTone;
}

/** The state line of a connected account. */
export function syncStateView(status: Pick<SyncStatus, 'state' | 'message'>): SyncStateView {
  const detail = status.message?.trim() || null;
  switch (status.state) {
    case 'off':
      return { text: 'Not connected', detail: null, tone: 'ok' };
    case 'idle':
      return { text: 'Idle', detail, tone: 'ok' };
    case 'syncing':
      return { text: 'Syncing…', detail, tone: 'busy' };
    case 'paused':
      return { text: 'Paused', detail, tone: 'warning' };
    case 'offline':
      return { text: 'Offline: changes wait for the server', detail, tone: 'warning' };
    case 'password-refused':
      return { text: 'The password was refused', detail, tone: 'error' };
    case 'needs-password':
      // Nothing was refused: the password is not at hand (kept in memory only, or the keychain
      // lost it).
      return { text: 'Waiting for the password', detail, tone: 'warning' };
    case 'error':
      // The core's message is the state itself here: said once, not twice.
      return { text: detail ?? 'The last sync failed', detail: null, tone: 'error' };
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "just now", "2 minutes ago", "3 hours ago", "yesterday", "4 days ago". */
export function agoText(at: string, now: number): string {
  const ms = now - Date.parse(at);
  if (!Number.isFinite(ms) || ms < 45_000) return 'just now';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${plural(Math.max(1, minutes), 'minute')} ago`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 24) return `${plural(hours, 'hour')} ago`;
  const days = Math.round(ms / 86_400_000);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** "in 4 minutes", "in under a minute"; null when no run is planned. */
export function nextRunText(nextRunAt: string | null, now: number): string | null {
  if (!nextRunAt) return null;
  const ms = Date.parse(nextRunAt) - now;
  if (!Number.isFinite(ms)) return null;
  if (ms < 60_000) return 'Next sync in under a minute.';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `Next sync in ${plural(minutes, 'minute')}.`;
  return `Next sync in ${plural(Math.round(ms / 3_600_000), 'hour')}.`;
}

const total = (counts: SyncCounts) => counts.created + counts.updated + counts.deleted;

/** "3 from the server (2 created, 1 deleted)"; the breakdown only lists what happened. */
function sideText(counts: SyncCounts, where: string): string {
  const n = total(counts);
  const parts = [
    counts.created && `${counts.created} created`,
    counts.updated && `${counts.updated} updated`,
    counts.deleted && `${counts.deleted} deleted`,
  ].filter(Boolean);
  return n === 0 ? `0 ${where}` : `${n} ${where} (${parts.join(', ')})`;
}

/**
 * The last run in one sentence: "Synced 2 minutes ago: 3 from the server (3 created), 1 to the
 * server (1 updated)." A run that stopped says so, with what it did before stopping.
 */
export function lastRunText(run: SyncRun | null, now: number): string {
  if (!run) return 'Not synced yet.';
  const when = agoText(run.at, now);
  const changes =
    total(run.pulled) + total(run.pushed) === 0
      ? 'nothing changed'
      : `${sideText(run.pulled, 'from the server')}, ${sideText(run.pushed, 'to the server')}`;
  return run.ok
    ? `Synced ${when}: ${changes}.`
    : `The last sync, ${when}, did not finish: ${changes}.`;
}

/** "1 change waits for the server." or null when nothing waits. */
export function queuedText(queued: number): string | null {
  if (queued <= 0) return null;
  return queued === 1 ? '1 change waits for the server.' : `${queued} changes wait for the server.`;
}

/** Where the password is kept, as the connect form and the account say it. */
export function passwordStorageText(storage: SyncStatus['passwordStorage']): string {
  return storage === 'keychain'
    ? 'Your password is kept in your system’s keychain, never in Netwell’s files.'
    : 'Your password is kept in memory only until Netwell quits: you give it again after a restart.';
}

/** A collection as a person knows it: its name, or the last part of its address. */
export function collectionName(collection: Collection): string {
  const name = collection.name.trim();
  if (name) return name;
  const parts = collection.url.split('/').filter(Boolean);
  return decodeURIComponent(parts[parts.length - 1] ?? collection.url);
}

/** "Ana Lima, Ben Costa and 3 more": the names the core sent, and how many it did not. */
export function namesText(names: readonly string[], count: number): string {
  const shown = names.filter((name) => name.trim()).slice(0, Math.max(0, count));
  const more = count - shown.length;
  if (shown.length === 0) return '';
  if (more <= 0) {
    if (shown.length === 1) return shown[0] ?? '';
    return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
  }
  return `${shown.join(', ')} and ${more} more`;
}

/** The question asked before a sync deletes many contacts on one side. */
export function pendingDeletionsText(pending: PendingDeletions): string {
  const where =
    pending.side === 'server'
      ? 'on the server, because they were deleted in Netwell'
      : 'in Netwell, because they were deleted on the server';
  const names = namesText(pending.names, pending.count);
  return `Sync would delete ${plural(pending.count, 'contact')} ${where}${names ? ` (${names})` : ''}.`;
}

/** A conflicting value as shown beside "In Netwell:" / "On the server:". */
export function conflictValueText(value: string): string {
  return value.trim() ? value : '(empty)';
}
