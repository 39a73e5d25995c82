import type { CrmDeps } from '../crm-records';
import { todayDigest } from './today-digest';

/** The Today page: what is due, overdue and coming up, at the clock's now. */
export class TodayService {
  constructor(private readonly deps: Pick<CrmDeps, 'store' | 'clock' | 'timeZone'>) {}

  digest() {
    return todayDigest(this.deps.store.read(), this.deps.clock.now(), this.deps.timeZone());
  }
}
