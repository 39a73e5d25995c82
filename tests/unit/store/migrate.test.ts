import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CURRENT_VERSION, emptyData } from '../../../electron/core/store/data-schema';
import { DataFormatError, migrate } from '../../../electron/core/store/migrate';
import { makeContact } from '../../fixtures/contact';

const contact = makeContact('c1', { name: 'Ana' });

describe('migrate', () => {
  it('accepts a current document unchanged', () => {
    const doc = { ...emptyData(), contacts: [contact] };
    expect(migrate(doc)).toEqual({ data: doc, from: CURRENT_VERSION });
  });

  it('migrates an unversioned (format 0) document', () => {
    const { data, from } = migrate({ contacts: [contact] });
    expect(from).toBe(0);
    expect(data).toEqual({ ...emptyData(), contacts: [contact] });
  });

  it('migrates format 1 (contacts only) by adding empty networking-time records', () => {
    const { data, from } = migrate({ version: 1, contacts: [contact], trash: [] });
    expect(from).toBe(1);
    expect(data.boundaries).toEqual({
      runtime: {},
      unlocks: [],
      usage: [],
      notified: [],
      held: [],
      siteBreaks: [],
    });
  });

  it('migrates format 3 by adding the import log and the wellbeing records', () => {
    const v3 = { ...emptyData(), version: 3 } as Record<string, unknown>;
    delete v3['imports'];
    delete v3['sessions'];
    delete v3['checkIns'];
    const { data, from } = migrate({ ...v3, contacts: [contact] });
    expect(from).toBe(3);
    expect(data).toEqual({ ...emptyData(), contacts: [contact] });
  });

  it('runs each migration in order up to the current version', () => {
    const seen: number[] = [];
    const steps = {
      0: (d: Record<string, unknown>) => (seen.push(0), { ...d, version: 1 }),
      1: (d: Record<string, unknown>) => (seen.push(1), { ...d, version: 2, added: true }),
    };
    const V2 = z.object({ version: z.literal(2), added: z.literal(true) }).loose();
    const result = migrate({ contacts: [] }, steps, 2, V2 as never);
    expect(seen).toEqual([0, 1]);
    expect(result.data).toMatchObject({ version: 2, added: true });
    expect(() => migrate({ version: 0 }, { 0: steps[0] }, 2, V2 as never)).toThrow(
      /no migration from format 1/,
    );
  });

  it('refuses a document from a newer Netwell, marked as newer', () => {
    const error = (() => {
      try {
        migrate({ version: CURRENT_VERSION + 1, contacts: [], trash: [] });
      } catch (e) {
        return e as DataFormatError;
      }
    })();
    expect(error).toBeInstanceOf(DataFormatError);
    expect(error?.newer).toBe(true);
    expect(error?.message).toMatch(/newer Netwell/);
  });

  it('explains what is wrong with an invalid document', () => {
    expect(() => migrate({ version: 1, contacts: [{ ...contact, name: '' }], trash: [] })).toThrow(
      /contacts\.0\.name/,
    );
    expect(() => migrate('hello')).toThrow(/does not hold a Netwell data document/);
    expect(() => migrate({ version: 1 })).toThrow(DataFormatError);
  });
});
