import type { Crm } from '../crm/create-crm';
import type { HandlersOf } from '../dispatch';
import type { ExportService } from '../interchange/export/export-service';
import type { Once } from '../store/recent-requests';
import type { BulkEditService } from './bulk-edit-service';
import type { ContactsService } from './contacts-service';
import type { MergeService } from './merge-service';

/** The `contacts.*` calls: the address book, a person's profile, merging and exporting. */
export function contactsHandlers({
  contacts,
  merges,
  bulkEdits,
  crm,
  exporter,
  once,
}: {
  contacts: ContactsService;
  merges: MergeService;
  bulkEdits: BulkEditService;
  crm: Crm;
  exporter: ExportService;
  once: Once;
}) {
  return {
    'contacts.page': (request) => contacts.page(request),
    'contacts.searchEntries': (request) => contacts.searchEntries(request),
    'contacts.matchIds': ({ query, filter }) => contacts.matchIds(query, filter),
    'contacts.names': ({ ids }) => contacts.names(ids),
    'contacts.tags': () => contacts.tags(),
    'contacts.get': ({ id }) => contacts.get(id),
    'contacts.create': ({ requestId, ...draft }) =>
      once({ call: 'contacts.create', requestId }, (request) => contacts.create(draft, request)),
    'contacts.update': ({ id, draft }) => contacts.update(id, draft),
    'contacts.delete': ({ id }) => contacts.delete(id),
    'contacts.undoDelete': ({ id }) => contacts.undoDelete(id),
    'contacts.profile': ({ id }) => crm.profile.of(id),
    'contacts.setFlags': ({ id, ...flags }) => crm.flags.setFlags(id, flags),
    'contacts.block': ({ id, reason }) => crm.flags.block(id, reason),
    'contacts.unblock': ({ id }) => crm.flags.unblock(id),
    'contacts.merge': ({ keepId, otherId, choices }) => merges.merge(keepId, otherId, choices),
    'contacts.undoMerge': ({ otherId }) => merges.undo(otherId),
    'contacts.bulk': ({ ids, action }) => bulkEdits.apply(ids, action),
    'contacts.undoDeleteMany': ({ ids }) => bulkEdits.undoDelete(ids),
    'contacts.export': ({ ids, format }) => exporter.contacts(ids, format),
  } satisfies HandlersOf<'contacts'>;
}
