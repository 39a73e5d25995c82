import { describe, expect, it } from 'vitest';
import { Emitter } from '../../../electron/core/emitter';

describe('Emitter', () => {
  it('hands each listener every value, in order, until it unsubscribes', () => {
    const emitter = new Emitter<number>();
    const a: number[] = [];
    const b: number[] = [];
    const stopA = emitter.event((n) => a.push(n));
    emitter.event((n) => b.push(n));
    emitter.fire(1);
    stopA();
    emitter.fire(2);
    expect(a).toEqual([1]);
    expect(b).toEqual([1, 2]);
  });
});
