import { describe, expect, it } from 'vitest';
import { prefillWins } from '../../../electron/core/wellbeing/check-in-prefill';
import type { Data } from '../../../electron/core/store/data-schema';

const contact = (id: string, createdAt: string) => ({ id, createdAt }) as Data['contacts'][number];
const interaction = (
  at: string,
  direction: 'inbound' | 'outbound',
  kind: Data['interactions'][number]['kind'] = 'message',
) => ({ id: at + direction + kind, at, direction, kind }) as Data['interactions'][number];
const meeting = (createdAt: string, status: Data['meetings'][number]['status']) =>
  ({ id: createdAt + status, createdAt, status }) as Data['meetings'][number];

describe('check-in prefill', () => {
  const start = '2026-03-02T12:00:00.000Z';
  const end = '2026-03-02T12:45:00.000Z';

  it('counts what the CRM logged during the session, edges included', () => {
    const wins = prefillWins(
      {
        contacts: [
          contact('a', '2026-03-02T11:59:59.000Z'),
          contact('b', start),
          contact('c', '2026-03-02T12:30:00.000Z'),
          contact('d', end),
          contact('e', '2026-03-02T12:45:01.000Z'),
        ],
        interactions: [
          interaction('2026-03-02T12:10:00.000Z', 'outbound'),
          interaction('2026-03-02T12:11:00.000Z', 'outbound', 'call'),
          interaction('2026-03-02T12:12:00.000Z', 'inbound'), // a reply, not sent by me
          interaction('2026-03-02T12:13:00.000Z', 'outbound', 'meeting'), // counted as a meeting
          interaction('2026-03-02T13:00:00.000Z', 'outbound'), // after the session
        ],
        meetings: [
          meeting('2026-03-02T12:20:00.000Z', 'proposed'),
          meeting('2026-03-02T12:21:00.000Z', 'cancelled'),
          meeting('2026-03-01T12:20:00.000Z', 'confirmed'),
        ],
      },
      start,
      end,
    );
    expect(wins).toEqual({ newContacts: 3, followUpsSent: 2, meetingsBooked: 1 });
  });

  it('is all zeros for a quiet session', () => {
    expect(prefillWins({ contacts: [], interactions: [], meetings: [] }, start, end)).toEqual({
      newContacts: 0,
      followUpsSent: 0,
      meetingsBooked: 0,
    });
  });
});
