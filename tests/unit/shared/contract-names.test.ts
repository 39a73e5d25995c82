import { describe, expect, it } from 'vitest';
import { callNames, eventNames } from '../../../electron/shared/contract';
import { CALL_NAMES, EVENT_NAMES } from '../../../electron/shared/contract-names';

describe('the contract names the page builds window.netwell from', () => {
  it('are exactly the contract’s calls and events, each once', () => {
    expect([...CALL_NAMES].sort()).toEqual([...callNames].sort());
    expect([...EVENT_NAMES].sort()).toEqual([...eventNames].sort());
  });
});
