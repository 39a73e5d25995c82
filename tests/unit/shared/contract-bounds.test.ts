import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { calls } from '../../../electron/shared/contract';

type Json = Record<string, unknown>;
const SKIP = new Set(['default', 'examples', 'const', 'description', 'title']);

/**
 * Every place in an input's JSON Schema where a caller could send something unbounded: a string
 * with no maximum length, an array with no maximum size, a record with no maximum number of keys,
 * or a value of any shape. The web host and the desktop app parse every call with these schemas,
 * so an unbounded field is a way to make the host build something huge.
 */
function unbounded(schema: unknown, path: string, out: string[]): void {
  if (schema === null || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    schema.forEach((s, i) => unbounded(s, `${path}[${i}]`, out));
    return;
  }
  const s = schema as Json;
  const where = path || '(input)';
  const keys = Object.keys(s).filter((k) => k !== '$schema');
  if (keys.length === 0) out.push(`${where}: any value`);
  if (s['type'] === 'string' && s['maxLength'] === undefined && !s['enum'] && !('const' in s)) {
    out.push(`${where}: a string with no maximum length`);
  }
  if (s['type'] === 'array' && s['maxItems'] === undefined) {
    out.push(`${where}: an array with no maximum size`);
  }
  const extra = s['additionalProperties'];
  if (s['type'] === 'object' && extra !== undefined && extra !== false) {
    const names = s['propertyNames'] as Json | undefined;
    if (s['maxProperties'] === undefined && !names?.['enum']) {
      out.push(`${where}: a record with no maximum number of keys`);
    }
  }
  for (const [key, value] of Object.entries(s)) {
    if (SKIP.has(key)) continue;
    if (key === 'properties') {
      for (const [name, field] of Object.entries(value as Json)) {
        unbounded(field, `${path}.${name}`, out);
      }
    } else unbounded(value, `${path}/${key}`, out);
  }
}

describe('every call bounds its input', () => {
  for (const [name, spec] of Object.entries(calls)) {
    test(name, () => {
      const json = z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' });
      const found: string[] = [];
      unbounded(json, '', found);
      expect(found).toEqual([]);
    });
  }

  test('the check finds what it looks for', () => {
    const found: string[] = [];
    const loose = z.object({ a: z.string(), b: z.array(z.number().int()).max(2) }).loose();
    unbounded(z.toJSONSchema(loose, { io: 'input', unrepresentable: 'any' }), '', found);
    const record = z.object({ r: z.record(z.string().max(5), z.number()), u: z.unknown() });
    unbounded(z.toJSONSchema(record, { io: 'input', unrepresentable: 'any' }), '', found);
    expect(found).toEqual([
      '(input): a record with no maximum number of keys',
      '.a: a string with no maximum length',
      '/additionalProperties: any value',
      '.r: a record with no maximum number of keys',
      '.u: any value',
    ]);
  });
});
