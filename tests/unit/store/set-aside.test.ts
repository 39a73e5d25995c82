import { describe, expect, it } from 'vitest';
import { asideStamp, dataFileAside, segmentAside } from '../../../electron/core/store/set-aside';
import { ManualClock } from '../../fixtures/manual-clock';

describe('set-aside names', () => {
  it('stamps the time without colons or dots', () => {
    expect(asideStamp(new ManualClock('2026-03-01T10:20:30.456Z'))).toBe(
      '2026-03-01T10-20-30-456Z',
    );
  });

  it('keeps the data file a .json file and a segment its full name', () => {
    expect(dataFileAside('/d/netwell-data.json', 'S')).toBe('/d/netwell-data.unreadable-S.json');
    expect(segmentAside('/d/netwell-data.journal.000000000042', 'S')).toBe(
      '/d/netwell-data.journal.000000000042.unreadable-S',
    );
  });
});
