import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calls, type CallName } from '../../../electron/shared/contract';
import { endsCleanly } from '../../torture/host-helpers';
import { frame } from '../../torture/raw-websocket';
import { boundaryValue, jsonSchemaOf, validArbitrary } from '../../torture/schema-arbitraries';

const names = Object.keys(calls) as CallName[];

describe('the torture fuzzer’s values from zod schemas', () => {
  it('derives a JSON Schema for every call', () => {
    for (const name of names) expect(() => jsonSchemaOf(calls[name].input), name).not.toThrow();
  });

  it('makes valid values most calls accept (so the fuzzer reaches the handlers)', () => {
    let accepted = 0;
    let tried = 0;
    for (const name of names) {
      const schema = calls[name].input;
      for (const value of fc.sample(validArbitrary(jsonSchemaOf(schema)), {
        numRuns: 5,
        seed: 7,
      })) {
        tried++;
        if (schema.safeParse(value).success) accepted++;
      }
    }
    // Refinements a JSON Schema cannot say (a start before an end, a known time zone) reject some.
    expect(accepted / tried).toBeGreaterThan(0.6);
  });

  it('puts boundary strings at their maximum length', () => {
    const schema = calls['contacts.create'].input;
    const max = boundaryValue(jsonSchemaOf(schema), 'max', 1) as { name: string; notes: string };
    expect(max.name).toHaveLength(200);
    expect(max.notes).toHaveLength(20000);
    expect(
      calls['app.dismissNotice'].input.safeParse(
        boundaryValue(jsonSchemaOf(calls['app.dismissNotice'].input), 'max', 1),
      ).success,
    ).toBe(true);
  });
});

describe('endsCleanly', () => {
  it('tells a sentence cut mid-word from a whole one', () => {
    expect(endsCleanly('Netwell kept your data as of the last saved c.')).toBe(false);
    expect(endsCleanly('Netwell kept your data as of the last saved copy.')).toBe(true);
    expect(endsCleanly('Netwell kept your data as of 2026-12-06 18:37 UTC.')).toBe(true);
    expect(endsCleanly('no full stop')).toBe(false);
  });
});

describe('frame', () => {
  it('writes a masked text frame a WebSocket server can read', () => {
    const bytes = frame(0x1, Buffer.from('hi'));
    expect(bytes[0]).toBe(0x81);
    expect(bytes[1]).toBe(0x80 | 2);
    const key = bytes.subarray(2, 6);
    const payload = bytes.subarray(6).map((b, i) => b ^ key[i % 4]!);
    expect(Buffer.from(payload).toString()).toBe('hi');
  });

  it('claims a length it does not carry, in the 64-bit form', () => {
    const bytes = frame(0x1, Buffer.from('x'), { claimedLength: 2n ** 40n, mask: false });
    expect(bytes[1]).toBe(127);
    expect(bytes.readBigUInt64BE(2)).toBe(2n ** 40n);
  });
});
