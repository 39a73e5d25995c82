import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relationshipStrength } from '../../../electron/core/crm/profile/relationship-strength';
import { INVITATION_STATUSES } from '../../../electron/shared/crm/networking-event';
import {
  TZ,
  day,
  makeCrmContact,
  makeEvent,
  makeInteraction,
  makeInvitation,
} from './crm-fixtures';

const now = new Date(day('2026-06-15'));
const ana = makeCrmContact('ana', { name: 'Ana' });

describe('relationshipStrength', () => {
  it('strong: recent and frequent, with the reasons in words', () => {
    const s = relationshipStrength(
      ana,
      {
        interactions: [
          makeInteraction('ana', day('2026-03-20'), { channel: 'in-person', kind: 'meeting' }),
          makeInteraction('ana', day('2026-05-02')),
          makeInteraction('ana', day('2026-06-03')),
        ],
      },
      now,
      TZ,
    );
    expect(s.level).toBe('strong');
    expect(s.reasons).toEqual([
      '3 conversations in the last 90 days',
      'last spoke 12 days ago',
      'met in person in March',
    ]);
  });

  it('steady: in touch within 90 days, not often', () => {
    const s = relationshipStrength(
      ana,
      {
        interactions: [
          makeInteraction('ana', day('2026-04-01')),
          makeInteraction('ana', day('2026-05-01')),
        ],
      },
      now,
      TZ,
    );
    expect(s.level).toBe('steady');
    expect(s.reasons[0]).toBe('2 conversations in the last 90 days');
  });

  it('fading: nothing for months; the year is named for another year', () => {
    const s = relationshipStrength(
      makeCrmContact('ana', { metInPerson: { met: true, on: '2025-10-04', atEventId: null } }),
      {
        interactions: [
          makeInteraction('ana', day('2025-12-01')),
          makeInteraction('ana', day('2026-01-05')),
        ],
      },
      now,
      TZ,
    );
    expect(s.level).toBe('fading');
    expect(s.reasons).toContain('no conversations in the last 90 days');
    expect(s.reasons).toContain('met in person in October 2025');
  });

  it('new: just added, hardly any history', () => {
    const fresh = makeCrmContact('ana', { createdAt: day('2026-06-10') });
    const s = relationshipStrength(fresh, { interactions: [] }, now, TZ);
    expect(s.level).toBe('new');
    expect(s.reasons[0]).toBe('added 5 days ago');
  });

  it("counts only this contact's interactions", () => {
    const s = relationshipStrength(
      ana,
      { interactions: [makeInteraction('ben', day('2026-06-14'))] },
      now,
      TZ,
    );
    expect(s.totalCount).toBe(0);
  });

  it('an accepted invitation to a past in-person event counts as meeting in person', () => {
    const event = makeEvent('e1', { start: day('2026-05-20'), end: '2026-05-20T20:00:00.000Z' });
    const s = relationshipStrength(
      ana,
      {
        interactions: [makeInteraction('ana', day('2026-06-01'))],
        invitations: [makeInvitation('v', { status: 'accepted' })],
        events: [event],
      },
      now,
      TZ,
    );
    expect(s.reasons).toContain('met in person in May');
  });

  it('declines never lower strength (property: adding declined invitations changes nothing)', () => {
    const rank = { new: 0, fading: 1, steady: 2, strong: 3 } as const;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 8 }),
        fc.array(fc.integer({ min: -60, max: 400 }), { maxLength: 5 }),
        fc.constantFrom(...INVITATION_STATUSES.filter((s) => s !== 'accepted')),
        (daysAgo, eventDaysAgo, otherStatus) => {
          const interactions = daysAgo.map((d) =>
            makeInteraction('ana', new Date(now.getTime() - d * 86_400_000).toISOString()),
          );
          const events = eventDaysAgo.map((d, n) =>
            makeEvent(`e${n}`, {
              start: new Date(now.getTime() - d * 86_400_000).toISOString(),
              end: new Date(now.getTime() - d * 86_400_000 + 3_600_000).toISOString(),
            }),
          );
          const before = relationshipStrength(ana, { interactions }, now, TZ);
          const declines = events.map((e, n) =>
            makeInvitation(`v${n}`, { eventId: e.id, status: n % 2 ? 'declined' : otherStatus }),
          );
          const after = relationshipStrength(
            ana,
            { interactions, invitations: declines, events },
            now,
            TZ,
          );
          expect(rank[after.level]).toBeGreaterThanOrEqual(rank[before.level]);
          expect(after).toEqual(before);
        },
      ),
    );
  });
});
