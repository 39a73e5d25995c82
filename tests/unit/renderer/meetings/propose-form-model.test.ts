import { describe, expect, it } from 'vitest';
import {
  checkProposal,
  DEFAULT_MINUTES,
  firstProposal,
  proposeErrorsFromIssues,
  type ProposeDraft,
} from '../../../../renderer/src/features/meetings/proposeFormModel';

const TZ = 'Europe/London';
const valid: ProposeDraft = {
  kind: 'coffee',
  date: '2026-12-03',
  time: '10:30',
  duration: '45',
  place: '',
  contactIds: ['c1'],
  agenda: '',
};

describe('a new proposal', () => {
  it('is a coffee of the usual length with the chosen person', () => {
    expect(firstProposal('c1', null)).toEqual({
      kind: 'coffee',
      date: '',
      time: '',
      duration: DEFAULT_MINUTES.coffee,
      place: '',
      contactIds: ['c1'],
      agenda: '',
    });
    expect(firstProposal(null, null).contactIds).toEqual([]);
  });

  it('around an event, is in its city and about it', () => {
    expect(firstProposal(null, { name: 'JSConf', city: 'Lisbon' })).toMatchObject({
      place: 'Lisbon',
      agenda: "Catching up while I'm in Lisbon for JSConf",
    });
  });
});

describe('checking a proposal in the window', () => {
  it('passes a day, a time, a length and someone', () => {
    expect(checkProposal(valid, TZ)).toEqual({});
  });

  it('asks for everything missing at once', () => {
    const empty = { ...valid, date: '', time: '', duration: '', contactIds: [] };
    expect(checkProposal(empty, TZ)).toEqual({
      date: 'Choose the day.',
      time: 'Choose the time.',
      durationMin: 'A meeting lasts from 5 to 1440 minutes.',
      contactIds: 'Choose who you are meeting.',
    });
  });

  it('refuses a day or time that is not in the input’s format', () => {
    expect(checkProposal({ ...valid, date: '3/12/2026' }, TZ)).toEqual({ date: 'Choose the day.' });
    expect(checkProposal({ ...valid, time: '9:30' }, TZ)).toEqual({ time: 'Choose the time.' });
  });

  it('says when the time cannot be placed in the zone', () => {
    expect(checkProposal(valid, 'Not/AZone')).toEqual({
      time: 'That time does not exist on that day (the clocks change). Choose another.',
    });
  });

  it('takes 5 to 1440 whole minutes, spaces around allowed', () => {
    const length = (duration: string) => checkProposal({ ...valid, duration }, TZ).durationMin;
    for (const ok of ['5', '1440', ' 60 ']) expect(length(ok)).toBeUndefined();
    for (const bad of ['4', '1441', '0', '-5', '30.5', 'half an hour', '   '])
      expect(length(bad)).toBe('A meeting lasts from 5 to 1440 minutes.');
  });
});

describe('issues the host sends back for a proposal', () => {
  it('land on their field, its start on the day, the first one each', () => {
    expect(
      proposeErrorsFromIssues([
        { path: 'start', message: 'That is in the past.' },
        { path: 'durationMin', message: 'Too long.' },
        { path: 'durationMin', message: 'Second.' },
        { path: 'contactIds.0', message: 'No such contact.' },
        { path: 'requestId', message: 'Ignored.' },
      ]),
    ).toEqual({
      date: 'That is in the past.',
      durationMin: 'Too long.',
      contactIds: 'No such contact.',
    });
  });
});
