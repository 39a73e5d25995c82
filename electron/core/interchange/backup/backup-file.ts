import { z } from 'zod';
import { SettingsSchema, type Settings } from '../../../shared/settings';
import { UserError } from '../../errors';
import type { Data } from '../../store/data-schema';
import { DataFormatError, migrate } from '../../store/migrate';

/** A full backup: the whole CRM data document and the settings, in one JSON file. */
export const BACKUP_FORMAT = 'netwell-backup';
/** The backup envelope's own version (the data inside carries the data format's version). */
export const BACKUP_VERSION = 1;

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  backupVersion: number;
  createdAt: string;
  appVersion: string;
  data: Data;
  settings: Settings;
}

export function buildBackup(
  data: Data,
  settings: Settings,
  at: Date,
  appVersion: string,
): BackupDocument {
  return {
    format: BACKUP_FORMAT,
    backupVersion: BACKUP_VERSION,
    createdAt: at.toISOString(),
    appVersion,
    data,
    settings,
  };
}

/** What a restore will put in place, already migrated and validated. */
export interface ParsedBackup {
  data: Data;
  /** null for a bare data file (an automatic backup): settings stay as they are. */
  settings: Settings | null;
  /** The data format the file was written in. */
  fromVersion: number;
}

const Envelope = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    backupVersion: z.number().int().min(1),
    data: z.unknown(),
    settings: z.unknown(),
  })
  .loose();

const invalid = (why: string) =>
  new UserError('invalid_input', `This file cannot be restored: ${why}. Nothing was changed.`);

function parseData(raw: unknown): { data: Data; from: number } {
  try {
    return migrate(raw);
  } catch (error) {
    if (error instanceof DataFormatError) {
      throw error.newer
        ? new UserError(
            'invalid_input',
            `This backup was made by a newer Netwell (${error.message.replace(/^this data was written by a newer Netwell /, '')}). Update Netwell to restore it. Nothing was changed.`,
          )
        : invalid(error.message);
    }
    throw error;
  }
}

/**
 * Reads a backup (ours, or a bare data file such as an automatic backup or netwell-data.json),
 * migrating older formats and validating everything. Throws a UserError that says what is wrong;
 * it never changes anything itself.
 */
export function parseBackup(text: string): ParsedBackup {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw invalid('the file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    throw invalid('it is not a Netwell backup (it is not JSON, or it is cut short)');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw invalid('it is not a Netwell backup');
  }
  const record = raw as Record<string, unknown>;
  if (record['format'] === BACKUP_FORMAT) {
    const envelope = Envelope.safeParse(record);
    if (!envelope.success) throw invalid('the backup is incomplete');
    if (envelope.data.backupVersion > BACKUP_VERSION) {
      throw new UserError(
        'invalid_input',
        'This backup was made by a newer Netwell. Update Netwell to restore it. Nothing was changed.',
      );
    }
    const { data, from } = parseData(envelope.data.data);
    const settings = SettingsSchema.safeParse(envelope.data.settings);
    if (!settings.success) {
      const issue = settings.error.issues[0];
      throw invalid(
        `its settings are not valid (${issue?.path.join('.') || 'root'}: ${issue?.message})`,
      );
    }
    return { data, settings: settings.data, fromVersion: from };
  }
  // A bare data document: the data file itself, or one of the automatic backups.
  if (!('version' in record) && !Array.isArray(record['contacts'])) {
    throw invalid('it is not a Netwell backup');
  }
  const { data, from } = parseData(record);
  return { data, settings: null, fromVersion: from };
}
