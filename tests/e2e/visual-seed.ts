/**
 * The fixed data the screenshot tests show: a fortnight of Mon/Wed/Fri lunchtime windows in Lisbon
 * with their check-ins, a dozen contacts with their history, meetings, events and invitations,
 * commitments and follow-ups, two reports and a break from a platform. The contacts and their
 * history go in through the app's own calls while the host's clock walks through the fortnight;
 * the windows' sessions, check-ins and minutes (which the host would count in real milliseconds,
 * never twice the same) go in exactly, through a backup restored the way Settings restores one.
 * It ends on VISUAL_NOW.
 */
import type { Page } from '@playwright/test';
import type { HostControls } from './fixtures';
import { callApi } from './pages/MeetingsPage';
import { sendFile } from '../fixtures/send-file';

/** Wednesday 2 December 2026, 10:00 in Lisbon (UTC in winter): before the day's window. */
export const VISUAL_NOW = '2026-12-02T10:00:00.000Z';
export const VISUAL_TIME_ZONE = 'Europe/Lisbon';

/** A local Lisbon time as an instant (Lisbon is on UTC from November to March). */
const at = (date: string, time: string) => `${date}T${time}:00.000Z`;

const PEOPLE = [
  { name: 'Ana Lima', company: 'Acme', role: 'Design lead', tags: ['design', 'mentor'] },
  { name: 'Ben Costa', company: 'Northwind', role: 'Engineer', tags: ['friend'] },
  { name: 'Cy Okafor', company: 'Globex', role: 'Product manager', tags: ['friend'] },
  { name: 'Dee Marsh', company: 'Initech', role: 'Recruiter', tags: ['recruiter'] },
  { name: 'Eli Sato', company: 'Umbrella', role: 'Researcher', tags: ['friend'] },
  { name: 'Fay Moreau', company: 'Hooli', role: 'Founder', tags: ['founder'] },
  { name: 'Gil Pereira', company: 'Acme', role: 'Developer', tags: ['design'] },
  { name: 'Hana Novak', company: 'Stark', role: 'CTO', tags: ['mentor'] },
  { name: 'Ivo Santos', company: 'Wayne', role: 'Designer', tags: ['design'] },
  { name: 'Jo Müller', company: 'Soylent', role: 'Analyst', tags: [] },
  { name: 'Kai Lindqvist', company: 'Cyberdyne', role: 'Writer', tags: ['friend'] },
  { name: 'Lia Rossi', company: 'Vandelay', role: 'Sales lead', tags: [] },
] as const;

export type PersonName = (typeof PEOPLE)[number]['name'];

/** One networking window: its messages, its focused minutes, then its check-in. */
interface WindowDay {
  date: string;
  activeMin: number;
  energy: 1 | 2 | 3 | 4 | 5;
  chore: boolean;
  messages: Array<{ who: PersonName; direction: 'inbound' | 'outbound'; note: string }>;
  meetingsBooked?: number;
}

const FORTNIGHT: WindowDay[] = [
  {
    date: '2026-11-16',
    activeMin: 30,
    energy: 4,
    chore: false,
    messages: [
      { who: 'Ana Lima', direction: 'outbound', note: 'Sent the article on calm interfaces.' },
      { who: 'Hana Novak', direction: 'outbound', note: 'Asked about the mentoring circle.' },
    ],
  },
  {
    date: '2026-11-18',
    activeMin: 42,
    energy: 3,
    chore: false,
    messages: [
      { who: 'Ana Lima', direction: 'inbound', note: 'She liked the article.' },
      { who: 'Dee Marsh', direction: 'inbound', note: 'A role at Initech.' },
    ],
    meetingsBooked: 1,
  },
  {
    date: '2026-11-20',
    activeMin: 25,
    energy: 4,
    chore: false,
    messages: [{ who: 'Gil Pereira', direction: 'outbound', note: 'Congratulated him.' }],
  },
  {
    date: '2026-11-23',
    activeMin: 45,
    energy: 2,
    chore: true,
    messages: [
      { who: 'Ivo Santos', direction: 'outbound', note: 'Shared the meetup link.' },
      { who: 'Jo Müller', direction: 'inbound', note: 'Asked for an introduction.' },
      { who: 'Lia Rossi', direction: 'inbound', note: 'A sales pitch.' },
    ],
  },
  {
    date: '2026-11-25',
    activeMin: 35,
    energy: 2,
    chore: true,
    messages: [{ who: 'Fay Moreau', direction: 'outbound', note: 'Asked about the launch.' }],
    meetingsBooked: 1,
  },
  {
    date: '2026-11-27',
    activeMin: 20,
    energy: 3,
    chore: false,
    messages: [{ who: 'Kai Lindqvist', direction: 'inbound', note: 'Sent his new essay.' }],
  },
  {
    date: '2026-11-30',
    activeMin: 38,
    energy: 3,
    chore: false,
    messages: [
      { who: 'Hana Novak', direction: 'inbound', note: 'The circle meets in January.' },
      { who: 'Eli Sato', direction: 'outbound', note: 'Sent the paper.' },
    ],
  },
];

export interface VisualSeed {
  ids: Record<PersonName, string>;
}

export async function seedFortnight(page: Page, host: HostControls): Promise<VisualSeed> {
  const call = <T = unknown>(name: string, input?: unknown) => callApi<T>(page, name, input);
  await host.setClock(at('2026-11-13', '09:00'));
  await call('settings.update', {
    boundaries: { mode: 'firm', dailyBudgetMin: 40, weeklyBudgetMin: 120, breakAfterMin: null },
    sites: [
      { id: 'linkedin', name: 'LinkedIn', url: 'https://www.linkedin.com/feed/' },
      { id: 'mastodon', name: 'Mastodon', url: 'https://mastodon.social/home' },
      { id: 'meetup', name: 'Meetup', url: 'https://www.meetup.com/home/' },
    ],
  });
  await call('tagCadences.set', { tag: 'friend', cadence: { every: 2, unit: 'weeks' } });
  await call('tagCadences.set', { tag: 'mentor', cadence: { every: 1, unit: 'months' } });

  const ids = {} as Record<PersonName, string>;
  for (const person of PEOPLE) {
    const contact = await call<{ id: string }>('contacts.create', {
      name: person.name,
      company: person.company,
      role: person.role,
      tags: [...person.tags],
      emails: [`${person.name.split(' ')[0]!.toLowerCase()}@example.com`],
    });
    ids[person.name] = contact.id;
  }

  for (const day of FORTNIGHT) {
    // What was logged during the day's window.
    await host.setClock(at(day.date, '12:30'));
    for (const [i, m] of day.messages.entries()) {
      await call('interactions.log', {
        contactId: ids[m.who],
        kind: 'message',
        at: at(day.date, `12:${String(5 + 5 * i).padStart(2, '0')}`),
        direction: m.direction,
        channel: 'linkedin',
        note: m.note,
      });
    }
    if (day.date === '2026-11-18') {
      // Booked in the window: a coffee with Ana the next week, done since.
      const coffee = await call<{ id: string }>('meetings.propose', {
        kind: 'coffee',
        start: at('2026-11-26', '09:30'),
        durationMin: 45,
        place: 'Café Central, Lisbon',
        contactIds: [ids['Ana Lima']],
      });
      await call('meetings.transition', { id: coffee.id, action: { to: 'confirmed' } });
    }
    if (day.date === '2026-11-25') {
      const lunch = await call<{ id: string }>('meetings.propose', {
        kind: 'lunch',
        start: at('2026-12-02', '13:00'),
        durationMin: 60,
        place: 'Taberna da Rua',
        contactIds: [ids['Ben Costa'], ids['Cy Okafor']],
      });
      await call('meetings.transition', { id: lunch.id, action: { to: 'confirmed' } });
    }
    if (day.date === '2026-11-20') {
      await call('reports.add', {
        contactId: ids['Lia Rossi'],
        platform: 'linkedin',
        on: '2026-11-20',
        whatHappened: 'Three sales pitches in a day after I accepted the connection.',
        reportedOnPlatform: true,
        notes: '',
      });
    }
  }

  // The coffee with Ana happened.
  await host.setClock(at('2026-11-26', '11:00'));
  const meetings = await call<{ meetings: Array<{ id: string; start: string }> }>('meetings.list');
  const coffee = meetings.meetings.find((m) => m.start.startsWith('2026-11-26'));
  if (coffee) {
    await call('meetings.transition', {
      id: coffee.id,
      action: { to: 'done', note: 'Talked about the design systems talk in January.' },
    });
  }
  await call('reports.add', {
    contactId: null,
    platform: 'x',
    on: '2026-11-26',
    whatHappened: 'Repeated replies to my posts from an account I do not know.',
    reportedOnPlatform: false,
    notes: 'Muted the account.',
  });

  // Events: one past, one coming with guests, one later in Porto.
  await host.setClock(at('2026-11-30', '15:00'));
  const saveEvent = (event: Record<string, unknown>) =>
    call<{ id: string }>('events.save', {
      id: null,
      event: { link: null, notes: '', myStatus: 'going', ...event },
    });
  await saveEvent({
    name: 'Autumn founders dinner',
    kind: 'dinner',
    start: at('2026-11-27', '19:00'),
    end: at('2026-11-27', '22:00'),
    place: 'Taberna da Rua',
    city: 'Lisbon',
  });
  const meetup = await saveEvent({
    name: 'Lisbon design meetup',
    kind: 'meetup',
    start: at('2026-12-08', '18:00'),
    end: at('2026-12-08', '21:00'),
    place: 'Fábrica Braço de Prata',
    city: 'Lisbon',
    link: 'https://example.com/design-meetup',
    notes: 'Short talks, then drinks on the terrace.',
  });
  await saveEvent({
    name: 'Product conference',
    kind: 'conference',
    start: at('2026-12-21', '09:00'),
    end: at('2026-12-22', '17:00'),
    place: 'Centro de Congressos',
    city: 'Porto',
    myStatus: 'maybe',
  });
  const invitations = await call<Array<{ id: string }>>('events.invite', {
    eventId: meetup.id,
    contactIds: [ids['Ana Lima'], ids['Gil Pereira'], ids['Ivo Santos']],
    sent: true,
  });
  await call('invitations.setStatus', { id: invitations[0]!.id, status: 'accepted' });
  await call('invitations.setStatus', { id: invitations[1]!.id, status: 'declined' });

  // What is due: a promise, a follow-up, a coffee on Friday.
  await call('commitments.add', {
    contactId: ids['Ana Lima'],
    what: 'Send Ana my talk slides',
    dueOn: '2026-12-04',
  });
  await call('commitments.add', {
    contactId: ids['Jo Müller'],
    what: 'Introduce Jo to Hana',
    dueOn: '2026-11-30',
  });
  await call('followUps.add', {
    contactId: ids['Fay Moreau'],
    dueOn: '2026-12-01',
    text: 'Ask Fay how the launch went',
  });
  await call('meetings.propose', {
    kind: 'call',
    start: at('2026-12-04', '16:00'),
    durationMin: 30,
    place: '',
    contactIds: [ids['Hana Novak']],
    agenda: 'The mentoring circle in January.',
  });
  await host.setClock(VISUAL_NOW);
  // The schedule last, so no window opened while the clock walked (the sessions come below).
  await call('schedule.save', {
    version: 1,
    schedule: {
      timeZone: VISUAL_TIME_ZONE,
      reminderLeadMin: 5,
      closingMin: 5,
      windows: [
        { id: 'lunch', days: [1, 3, 5], start: '12:00', end: '12:45', label: 'LinkedIn outreach' },
      ],
    },
    exceptions: { daysOff: [], extraWindows: [] },
  });
  await call('platform.takeBreak', { platform: 'mastodon', days: 7 });
  await restoreWithWindows(call);
  return { ids };
}

/** The fortnight's sessions, check-ins and minutes per day, exactly, as a backup would hold them. */
function windowRecords() {
  const sessions = FORTNIGHT.map((day) => ({
    id: `window:${at(day.date, '12:00')}`,
    kind: 'window',
    label: 'LinkedIn outreach',
    start: at(day.date, '12:00'),
    end: at(day.date, '12:45'),
    plannedEnd: at(day.date, '12:45'),
    activeMin: day.activeMin,
    overrides: [],
    checkIn: 'done',
  }));
  const checkIns = FORTNIGHT.map((day, i) => ({
    id: `check-in-${i + 1}`,
    sessionId: sessions[i]!.id,
    at: at(day.date, '12:50'),
    energy: day.energy,
    chore: day.chore,
    wins: {
      newContacts: 0,
      followUpsSent: day.messages.filter((m) => m.direction === 'outbound').length,
      meetingsBooked: day.meetingsBooked ?? 0,
    },
    note: '',
  }));
  const usage = FORTNIGHT.map((day) => ({ day: day.date, minutes: day.activeMin }));
  return { sessions, checkIns, usage };
}

/** Takes a full backup, adds the windows' records to it and restores it, as Settings would. */
async function restoreWithWindows(
  call: <T>(name: string, input?: unknown) => Promise<T>,
): Promise<void> {
  const file = await call<{ text: string }>('backup.export');
  const backup = JSON.parse(file.text) as {
    data: { sessions: unknown[]; checkIns: unknown[]; boundaries: { usage: unknown[] } };
  };
  const { sessions, checkIns, usage } = windowRecords();
  backup.data.sessions = sessions;
  backup.data.checkIns = checkIns;
  backup.data.boundaries.usage = usage;
  await call('backup.restore', {
    uploadId: await sendFile(call, JSON.stringify(backup), 'restore', 'backup.json'),
  });
}
