import { describe, expect, it } from 'vitest';
import {
  cadenceDraft,
  checkCadence,
} from '../../../../renderer/src/features/settings/tagCadenceModel';

const WHOLE = 'Give a whole number from 1 to 365.';

describe('a tag’s cadence in the form', () => {
  it('shows no cadence as "No reminder", with every 1 month ready', () => {
    expect(cadenceDraft(null)).toEqual({ mode: 'none', every: '1', unit: 'months' });
    expect(cadenceDraft({ every: 2, unit: 'weeks' })).toEqual({
      mode: 'every',
      every: '2',
      unit: 'weeks',
    });
  });

  it('saves "No reminder" as none, whatever the number says', () => {
    expect(checkCadence({ mode: 'none', every: 'soon', unit: 'days' })).toEqual({
      ok: true,
      cadence: null,
    });
  });

  it('saves a whole number from 1 to 365', () => {
    for (const [every, n] of [
      ['1', 1],
      ['365', 365],
      [' 12 ', 12],
    ] as const) {
      expect(checkCadence({ mode: 'every', every, unit: 'days' })).toEqual({
        ok: true,
        cadence: { every: n, unit: 'days' },
      });
    }
  });

  it('refuses anything else, empty included', () => {
    for (const every of ['', '  ', '0', '366', '1.5', '-3', 'two']) {
      expect(checkCadence({ mode: 'every', every, unit: 'months' })).toEqual({
        ok: false,
        error: WHOLE,
      });
    }
  });
});
