import { describe, expect, it } from 'vitest';
import {
  checkEvent,
  draftOf,
  EMPTY_EVENT,
  eventErrorsFromIssues,
  fieldIds,
  type EventDraft,
} from '../../../../renderer/src/features/events/eventFormModel';
import { makeEvent } from '../../crm/crm-fixtures';

const TZ = 'Europe/London';
const valid: EventDraft = {
  ...EMPTY_EVENT,
  name: 'JS meetup',
  startDate: '2026-12-03',
  startTime: '18:30',
  endTime: '21:00',
};

describe('the event form for a saved event', () => {
  it('shows its times in the zone, and no End date when it ends the same day', () => {
    const event = makeEvent('e1', {
      name: 'JS meetup',
      start: '2026-07-01T17:30:00.000Z',
      end: '2026-07-01T20:00:00.000Z',
      link: null,
    });
    expect(draftOf(event, TZ)).toMatchObject({
      name: 'JS meetup',
      startDate: '2026-07-01',
      startTime: '18:30',
      endDate: '',
      endTime: '21:00',
      link: '',
    });
  });

  it('shows the End date of an event over several days, and across midnight in the zone', () => {
    const event = makeEvent('e1', {
      start: '2026-12-03T22:00:00.000Z',
      end: '2026-12-04T01:00:00.000Z',
    });
    expect(draftOf(event, 'Europe/Lisbon')).toMatchObject({ endDate: '2026-12-04' });
    expect(draftOf(event, 'America/New_York')).toMatchObject({ endDate: '' });
  });
});

describe('checking an event in the window', () => {
  it('gives the instants to save; an empty End date is the start’s day', () => {
    expect(checkEvent(valid, TZ)).toEqual({
      ok: true,
      start: '2026-12-03T18:30:00.000Z',
      end: '2026-12-03T21:00:00.000Z',
    });
    expect(checkEvent({ ...valid, endDate: '2026-12-04' }, TZ)).toMatchObject({
      end: '2026-12-04T21:00:00.000Z',
    });
  });

  it('asks for a name that is not only spaces', () => {
    expect(checkEvent({ ...valid, name: '  ' }, TZ)).toEqual({
      ok: false,
      errors: { name: 'An event needs a name.' },
    });
  });

  it('asks for the start day first, then its time, and for the end time', () => {
    expect(checkEvent({ ...EMPTY_EVENT, name: 'x' }, TZ)).toEqual({
      ok: false,
      errors: { start: 'Choose the day it starts.', endTime: 'Choose the time it ends.' },
    });
    expect(checkEvent({ ...valid, startTime: '' }, TZ)).toEqual({
      ok: false,
      errors: { startTime: 'Choose the time it starts.' },
    });
  });

  it('says when a time cannot be placed in the zone', () => {
    expect(checkEvent(valid, 'Not/AZone')).toEqual({
      ok: false,
      errors: {
        startTime: 'That time does not exist on that day. Choose another.',
        endTime: 'That time does not exist on that day.',
      },
    });
  });
});

describe('issues the host sends back for an event', () => {
  it('land on their field, its end on the end time, the first one each', () => {
    const ids = fieldIds('event');
    expect(
      eventErrorsFromIssues(
        [
          { path: 'end', message: 'It ends before it starts.' },
          { path: 'name', message: 'Too long.' },
          { path: 'name', message: 'Second.' },
          { path: 'link', message: 'Not https.' },
          { path: 'requestId', message: 'Ignored.' },
        ],
        ids,
      ),
    ).toEqual({ endTime: 'It ends before it starts.', name: 'Too long.', link: 'Not https.' });
  });
});
