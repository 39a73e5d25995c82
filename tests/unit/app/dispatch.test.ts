import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Handlers } from '../../../electron/core/dispatch';
import { UserError } from '../../../electron/core/errors';

const handlers = new Proxy({} as Handlers, {
  get: (_t, name) => {
    if (name === 'contacts.get') return () => Promise.reject(new UserError('not_found', 'Gone.'));
    if (name === 'contacts.page') return () => Promise.reject(new Error('disk on fire'));
    return (input: unknown) => ({ echoed: input });
  },
});

describe('dispatch', () => {
  it('validates input with the contract and returns field issues', async () => {
    const result = await dispatch(handlers, 'contacts.create', { name: '', emails: ['x'] });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'A contact needs a name. (and 1 more)' },
    });
    expect(!result.ok && result.error.issues?.map((i) => i.path)).toEqual(['name', 'emails.0']);
  });

  it('refuses unknown calls and extra fields', async () => {
    expect(await dispatch(handlers, 'fs.readFile', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await dispatch(handlers, '__proto__', {})).toMatchObject({ ok: false });
    expect(await dispatch(handlers, 'contacts.get', { id: 'a', evil: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('passes parsed input to the handler and wraps its value', async () => {
    expect(await dispatch(handlers, 'app.dismissNotice', { id: 'n1' })).toEqual({
      ok: true,
      value: { echoed: { id: 'n1' } },
    });
  });

  it('turns a UserError into its message and anything else into a safe generic one', async () => {
    expect(await dispatch(handlers, 'contacts.get', { id: 'a' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Gone.' },
    });
    const log = vi.fn();
    const internal = await dispatch(handlers, 'contacts.page', {}, log);
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toMatch(/disk on fire/);
    expect(log).toHaveBeenCalledOnce();
  });
});
