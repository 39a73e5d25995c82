import { parseBackup } from '../../electron/core/interchange/backup/backup-file';
import { contactsToCsv } from '../../electron/core/interchange/export/contacts-csv';
import { contactsToVCard } from '../../electron/core/interchange/export/vcard-writer';
import { emptyData } from '../../electron/core/store/data-schema';
import { ContactCrmFieldsSchema } from '../../electron/shared/crm/contact-crm-fields';
import { syntheticContacts } from './fixtures';
import { measure } from './stats';

/**
 * Exporting a LinkedIn-sized network (30,000 contacts) as vCard and CSV, and validating a backup
 * of it before a restore. The baseline, measured in the same run, is JSON.stringify of the same
 * contacts: the cheapest serialisation there is.
 */
export function runExportBench(size = 30_000): Record<string, Record<string, number>> {
  const crm = ContactCrmFieldsSchema.parse({});
  const contacts = syntheticContacts(size).map((c) => ({ ...c, ...crm }));
  const vcard = measure(() => void contactsToVCard(contacts), 5, 1);
  const csv = measure(() => void contactsToCsv(contacts), 5, 1);
  const json = measure(() => void JSON.stringify(contacts), 5, 1);
  const backup = JSON.stringify({ ...emptyData(), contacts });
  const restoreCheck = measure(() => void parseBackup(backup), 5, 1);
  return {
    export_30k: {
      contacts_count: size,
      vcard_p50_ms: vcard.p50,
      csv_p50_ms: csv.p50,
      backup_validate_p50_ms: restoreCheck.p50,
      baseline_json_stringify_p50_ms: json.p50,
    },
  };
}
