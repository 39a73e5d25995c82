import type { HandlersOf } from '../dispatch';
import type { HostPort } from '../ports';
import type { UploadRegistry } from '../uploads/upload-registry';
import type { BackupService } from './backup/backup-service';
import type { ExportService } from './export/export-service';
import type { ImportService } from './import-service';

/** Files in and out: calendar files, uploads, backups and imports. */
export function interchangeHandlers(deps: {
  exporter: ExportService;
  uploads: UploadRegistry;
  backup: BackupService;
  imports: ImportService;
  host: HostPort;
}) {
  const { exporter, uploads, backup, imports, host } = deps;
  return {
    'calendar.export': ({ target }) => exporter.calendar(target),
    'calendar.open': async ({ target }) => {
      const file = await exporter.calendar(target);
      return { opened: await host.openCalendarFile(file.fileName, file.text), file };
    },
    'uploads.begin': (input) => uploads.begin(input),
    'uploads.chunk': (input) => uploads.chunk(input),
    'uploads.cancel': ({ uploadId }) => {
      uploads.cancel(uploadId);
      return null;
    },
    'backup.export': () => backup.export(),
    'backup.list': () => backup.list(),
    // A byte-order mark is dropped by the backup reader; invalid UTF-8 fails its JSON check.
    'backup.restore': ({ uploadId }) =>
      backup.restore(uploads.take(uploadId, 'restore').bytes.toString('utf8')),
    'backup.restoreSaved': ({ name }) => backup.restoreSaved(name),
    'import.preview': ({ requestId, uploadId }) => {
      const file = uploads.take(uploadId, 'import');
      return imports.preview({ requestId, fileName: file.name, bytes: file.bytes });
    },
    'import.cancel': ({ requestId }) => {
      imports.cancel(requestId);
      return null;
    },
    'import.commit': (input) => imports.commit(input),
    'import.undo': ({ importId }) => imports.undo(importId),
    'import.history': () => imports.history(),
  } satisfies HandlersOf<'calendar' | 'uploads' | 'backup' | 'import'>;
}
