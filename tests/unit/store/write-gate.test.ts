import { describe, expect, it } from 'vitest';
import { WriteGate } from '../../../electron/core/store/write-gate';

describe('WriteGate', () => {
  it('lets changes through until the store closes', () => {
    const gate = new WriteGate();
    expect(gate.refusal()).toBeNull();
    gate.close();
    expect(gate.refusal()?.message).toBe('Netwell is shutting down; the change was not saved.');
  });

  it('refuses changes once another Netwell took the lock, naming it', () => {
    const gate = new WriteGate();
    expect(gate.lose({ app: 'netwell', pid: 9, host: 'nas', started: null })).toBe(
      'process 9 on nas',
    );
    expect(gate.refusal()?.message).toBe(
      'Another Netwell (process 9 on nas) now uses this data folder; the change was not saved here.',
    );
    expect(gate.lose(null)).toBe('another process');
  });

  it('tells closing first when both apply', () => {
    const gate = new WriteGate();
    gate.lose(null);
    gate.close();
    expect(gate.refusal()?.message).toMatch(/^Netwell is shutting down/);
  });
});
