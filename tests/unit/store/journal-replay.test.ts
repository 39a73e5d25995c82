import { describe, expect, it } from 'vitest';
import { replayEntries } from '../../../electron/core/store/journal-replay';
import type { JsonPatch } from '../../../electron/core/store/patches';

const entry = (seq: number, patches: JsonPatch[], file = 'j') => ({
  seq,
  at: `2026-03-01T10:00:0${seq}.000Z`,
  patches,
  file,
});
const setN = (n: number): JsonPatch[] => [{ op: 'replace', path: ['n'], value: n }];

describe('replayEntries', () => {
  it('applies the entries after the snapshot, in order, and notes what they touched', () => {
    const result = replayEntries(
      { n: 0, items: [] },
      [entry(1, setN(1)), entry(2, setN(2)), entry(3, setN(3))],
      1,
    );
    expect(result.working).toEqual({ n: 3, items: [] });
    expect(result).toMatchObject({
      upTo: 3,
      at: '2026-03-01T10:00:03.000Z',
      count: 2,
      failed: null,
    });
    expect([...result.touched.whole]).toEqual(['n']);
  });

  it('gives the snapshot back untouched when nothing is newer', () => {
    const base = { n: 5 };
    const result = replayEntries(base, [entry(1, setN(1))], 4);
    expect(result).toMatchObject({ working: base, upTo: 4, at: null, count: 0, failed: null });
  });

  it('stops before stopAt', () => {
    const result = replayEntries({ n: 0 }, [entry(1, setN(1)), entry(2, setN(2))], 0, 2);
    expect(result).toMatchObject({ working: { n: 1 }, upTo: 1, count: 1, failed: null });
  });

  it('stops at a gap, keeping what came before it', () => {
    const result = replayEntries({ n: 0 }, [entry(1, setN(1)), entry(4, setN(4), 'j2')], 0);
    expect(result).toMatchObject({ working: { n: 1 }, upTo: 1, count: 1 });
    expect(result.failed).toEqual({
      file: 'j2',
      reason: 'changes 2 to 3 are missing',
      partial: false,
    });
  });

  it('stops at a line that does not apply, marking the working copy as possibly half changed', () => {
    const bad: JsonPatch[] = [{ op: 'replace', path: ['missing', 'deep'], value: 1 }];
    const result = replayEntries({ n: 0 }, [entry(1, setN(1)), entry(2, bad, 'j2')], 0);
    expect(result).toMatchObject({ upTo: 1, count: 1 });
    expect(result.failed?.partial).toBe(true);
    expect(result.failed?.file).toBe('j2');
    expect(result.failed?.reason).toMatch(/^change 2 does not apply \(/);
  });
});
