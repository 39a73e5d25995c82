import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/main/data-dir';

const defaultDir = '/home/ana/.config/Netwell';

describe('resolveDataDir', () => {
  it.each([
    ['development, no override', false, {}, defaultDir],
    ['development, override', false, { NETWELL_DATA_DIR: '/tmp/nw' }, '/tmp/nw'],
    ['development, relative override', false, { NETWELL_DATA_DIR: 'tmp/nw' }, resolve('tmp/nw')],
    ['development, blank override', false, { NETWELL_DATA_DIR: '  ' }, defaultDir],
    ['packaged, override ignored', true, { NETWELL_DATA_DIR: '/tmp/nw' }, defaultDir],
    [
      'packaged, NETWELL_TEST=true is not 1',
      true,
      { NETWELL_DATA_DIR: '/tmp/nw', NETWELL_TEST: 'true' },
      defaultDir,
    ],
    ['packaged test build', true, { NETWELL_DATA_DIR: '/tmp/nw', NETWELL_TEST: '1' }, '/tmp/nw'],
  ])('%s', (_label, isPackaged, env, expected) => {
    expect(resolveDataDir({ isPackaged, env, defaultDir })).toBe(expected);
  });
});
