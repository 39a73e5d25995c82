import { describe, expect, it } from 'vitest';
import { reconnectList } from '../../../electron/core/crm/keep-in-touch/reconnect-list';
import { relationshipStrength } from '../../../electron/core/crm/profile/relationship-strength';
import { emptyData } from '../../../electron/core/store/data-schema';
import { migrate } from '../../../electron/core/store/migrate';
import { makeContact } from '../../fixtures/contact';

/** A contact as a format-4 file holds it: without the fields format 5 added. */
function v4Contact(id: string, name: string) {
  const {
    nameParts: _n,
    connections: _c,
    otherAffiliations: _o,
    ...rest
  } = makeContact(id, {
    name,
    keepInTouch: { every: 3, unit: 'months' },
  });
  return rest;
}

const interaction = (id: string, contactId: string, fields: Record<string, unknown>) => ({
  id,
  contactId,
  kind: 'message',
  at: '2023-11-04T12:00:00.000Z',
  direction: 'inbound',
  channel: 'linkedin',
  note: 'Connected on LinkedIn',
  meetingId: null,
  introductionId: null,
  eventId: null,
  ...fields,
});

describe('format 5: imported LinkedIn connection dates', () => {
  const v4 = {
    ...emptyData(),
    version: 4,
    contacts: [v4Contact('ana', 'Ana Lima'), v4Contact('bo', 'Bo Chen')],
    trash: [{ contact: v4Contact('cy', 'Cy Twombly'), deletedAt: '2026-04-01T00:00:00.000Z' }],
    interactions: [
      interaction('i1', 'ana', {}),
      interaction('i2', 'cy', { at: '2022-01-09T12:00:00.000Z' }),
      // Logged by the user: a real message on LinkedIn, and one that happens to share the note.
      interaction('i3', 'bo', { note: 'Asked about the role', at: '2026-04-20T09:00:00.000Z' }),
      interaction('i4', 'bo', { direction: 'outbound', at: '2026-04-21T09:00:00.000Z' }),
    ],
    imports: [
      {
        id: 'imp',
        at: '2026-04-01T00:00:00.000Z',
        fileName: 'Connections.csv',
        format: 'linkedin',
        createdContactIds: ['ana'],
        createdInteractionIds: ['i1'],
        mergedBefore: [],
      },
    ],
  };

  it('moves them onto the contact as when you connected, and leaves logged ones alone', () => {
    const { data } = migrate(v4);
    expect(data.contacts.find((c) => c.id === 'ana')!.connections).toEqual([
      { platform: 'linkedin', on: '2023-11-04' },
    ]);
    expect(data.trash[0]!.contact.connections).toEqual([
      { platform: 'linkedin', on: '2022-01-09' },
    ]);
    expect(data.contacts.find((c) => c.id === 'bo')!.connections).toEqual([]);
    expect(data.interactions.map((i) => i.id)).toEqual(['i3', 'i4']);
    expect(data.imports[0]!.createdInteractionIds).toEqual([]);
    expect(
      data.contacts.every((c) => c.nameParts === null && c.otherAffiliations.length === 0),
    ).toBe(true);
  });

  it('takes them out of "last spoke", strength and cadences', () => {
    const { data } = migrate(v4);
    const now = new Date('2026-05-01T09:00:00Z');
    const ana = data.contacts.find((c) => c.id === 'ana')!;
    const strength = relationshipStrength(ana, { interactions: data.interactions }, now, 'UTC');
    expect(strength.daysSinceLast).toBeNull();
    expect(strength.reasons).toContain('no conversation logged yet');
    const due = reconnectList(data.contacts, data.interactions, [], [], now, 'UTC');
    expect(due.map((d) => d.contact.id)).not.toContain('bo');
    expect(due.find((d) => d.contact.id === 'ana')?.reason ?? '').not.toMatch(/last spoke/);
  });
});
