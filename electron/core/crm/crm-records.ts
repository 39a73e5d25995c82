import type { CrmContact } from '../../shared/crm/contact-crm-fields';
import type { Clock } from '../clock';
import { UserError } from '../errors';
import type { EventBus } from '../event-bus';
import type { Data } from '../store/data-schema';
import type { Store } from '../store/open-store';

/** What the CRM's services are built from; each takes the part it needs. */
export interface CrmDeps {
  store: Store;
  clock: Clock;
  bus: EventBus;
  timeZone: () => string;
  newId: () => string;
}

export const notFound = (what: string) =>
  new UserError('not_found', `That ${what} no longer exists.`);

/** The contact a CRM record is about; a record about someone deleted meanwhile is refused. */
export function contactIn(data: Data, id: string): CrmContact {
  const found = data.contacts.find((c) => c.id === id);
  if (!found) throw notFound('contact');
  return found;
}

/** Tells every window that these contacts' CRM records changed ([] for "reload all"). */
export function crmChanged(bus: EventBus, contactIds: string[]): void {
  bus.emit('crm.changed', { contactIds });
}
