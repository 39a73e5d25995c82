import { contactIn, type CrmDeps } from '../crm-records';
import { contactProfile } from './contact-profile';

/** A contact's page, read at the clock's now in the user's time zone. */
export class ProfileService {
  constructor(private readonly deps: Pick<CrmDeps, 'store' | 'clock' | 'timeZone'>) {}

  of(id: string) {
    const data = this.deps.store.read();
    return contactProfile(data, contactIn(data, id), this.deps.clock.now(), this.deps.timeZone());
  }
}
