import type {
  Discovery,
  SyncConnectInput,
  SyncCredentials,
  SyncOptions,
  SyncStatus,
} from '../../shared/sync';
import { UserError } from '../errors';

/** Placeholder while the engine is built (issue #16): answers "not connected". */
export class SyncService {
  status(): SyncStatus {
    return {
      account: null,
      state: 'off',
      passwordStorage: 'memory',
      message: null,
      lastRun: null,
      failures: [],
      conflicts: [],
      pendingDeletions: null,
      queued: 0,
      nextRunAt: null,
    };
  }
  discover(_credentials: SyncCredentials): Promise<Discovery> {
    return Promise.reject(new UserError('unavailable', 'Sync is not ready yet.'));
  }
  connect(_input: SyncConnectInput): Promise<SyncStatus> {
    return Promise.reject(new UserError('unavailable', 'Sync is not ready yet.'));
  }
  syncNow(): Promise<SyncStatus> {
    return Promise.resolve(this.status());
  }
  pause(_paused: boolean): SyncStatus {
    return this.status();
  }
  setOptions(_options: SyncOptions): SyncStatus {
    return this.status();
  }
  setPassword(_password: string): SyncStatus {
    return this.status();
  }
  disconnect(): SyncStatus {
    return this.status();
  }
  resolve(_id: string, _keep: 'netwell' | 'server'): SyncStatus {
    return this.status();
  }
  confirmDeletions(_decision: 'delete' | 'keep'): SyncStatus {
    return this.status();
  }
}
