/**
 * Three-way merge of an event changed in Netwell (local) and on the server (remote) since the last
 * sync (base): a field changed on one side only takes that side's value; changed on both to
 * different values, it is a conflict the user settles, and until then each side keeps its own.
 * Start, end and all-day move together as one field (a time is one decision, reported as `start`,
 * labelled "Time"); guests merge one by one by email, so a guest's answer on the phone and a new
 * guest in Netwell both survive. SEQUENCE takes the higher revision and never conflicts.
 */
import type { EventAttendee, EventFields } from './event-fields';
import { emailKey, personText } from './event-fields';

export interface EventConflict {
  field: keyof EventFields;
  local: string;
  remote: string;
}

export interface EventMerge {
  local: EventFields;
  remote: EventFields;
  conflicts: EventConflict[];
}

type Pick3<T> = { value: T } | { conflict: true };

/** The three-way rule for one value, with its own equality. */
function three<T>(
  base: T | undefined,
  local: T,
  remote: T,
  same: (a: T, b: T) => boolean,
): Pick3<T> {
  if (same(local, remote)) return { value: local };
  if (base !== undefined && same(local, base)) return { value: remote };
  if (base !== undefined && same(remote, base)) return { value: local };
  return { conflict: true };
}

const timeOf = (f: EventFields) => ({ start: f.start, end: f.end, allDay: f.allDay });
type Time = ReturnType<typeof timeOf>;
const sameTime = (a: Time, b: Time) =>
  a.start === b.start && a.end === b.end && a.allDay === b.allDay;
const timeText = (t: Time) => `${t.start} – ${t.end}${t.allDay ? ' (all day)' : ''}`;

const samePerson = (a: EventFields['organizer'], b: EventFields['organizer']) =>
  a === null || b === null ? a === b : emailKey(a.email) === emailKey(b.email) && a.name === b.name;

const sameAttendee = (a: EventAttendee | null, b: EventAttendee | null) =>
  a === null || b === null
    ? a === b
    : emailKey(a.email) === emailKey(b.email) && a.name === b.name && a.partstat === b.partstat;

const attendeeText = (a: EventAttendee | null, email: string) =>
  a ? `${personText(a)}: ${a.partstat}` : `${email}: not invited`;

interface AttendeeMerge {
  local: EventAttendee[];
  remote: EventAttendee[];
  conflicts: EventConflict[];
}

/** Both sides changed one guest: merge the answer and the name separately. */
function mergeOneGuest(
  base: EventAttendee | null,
  local: EventAttendee,
  remote: EventAttendee,
): { local: EventAttendee; remote: EventAttendee } | null {
  let partstat: Pick3<EventAttendee['partstat']> = three(
    base?.partstat,
    local.partstat,
    remote.partstat,
    (a, b) => a === b,
  );
  // With no base (a first sync), an answer is newer news than no answer yet.
  if ('conflict' in partstat && !base) {
    if (local.partstat === 'NEEDS-ACTION') partstat = { value: remote.partstat };
    else if (remote.partstat === 'NEEDS-ACTION') partstat = { value: local.partstat };
  }
  if ('conflict' in partstat) return null;
  // A display name is cosmetic: when both changed it, each side keeps its own.
  const name = three(base?.name, local.name, remote.name, (a, b) => a === b);
  return {
    local: { ...local, partstat: partstat.value, name: 'value' in name ? name.value : local.name },
    remote: {
      ...remote,
      partstat: partstat.value,
      name: 'value' in name ? name.value : remote.name,
    },
  };
}

function mergeAttendees(
  base: readonly EventAttendee[] | null,
  local: readonly EventAttendee[],
  remote: readonly EventAttendee[],
): AttendeeMerge {
  const byKey = (list: readonly EventAttendee[] | null) =>
    new Map((list ?? []).map((a) => [emailKey(a.email), a] as const));
  const [b, l0, r0] = [byKey(base), byKey(local), byKey(remote)];
  // An empty name means the side does not know it (Netwell's invitations carry no CN): it takes
  // the other side's, so it neither erases a name nor counts as a change.
  const filled = (side: Map<string, EventAttendee>, other: Map<string, EventAttendee>) =>
    new Map(
      [...side].map(([key, a]) => [
        key,
        a.name ? a : { ...a, name: other.get(key)?.name ?? b.get(key)?.name ?? '' },
      ]),
    );
  const [l, r] = [filled(l0, r0), filled(r0, l0)];
  const keys = [...new Set([...l.keys(), ...r.keys(), ...b.keys()])];
  const out: AttendeeMerge = { local: [], remote: [], conflicts: [] };
  for (const key of keys) {
    const [bA, lA, rA] = [b.get(key) ?? null, l.get(key) ?? null, r.get(key) ?? null];
    const push = (toLocal: EventAttendee | null, toRemote: EventAttendee | null) => {
      if (toLocal) out.local.push(toLocal);
      if (toRemote) out.remote.push(toRemote);
    };
    if (sameAttendee(lA, rA)) push(lA, rA);
    else if (base && sameAttendee(lA, bA)) push(rA, rA);
    else if (base && sameAttendee(rA, bA)) push(lA, lA);
    else {
      const merged = lA && rA ? mergeOneGuest(bA, lA, rA) : null;
      if (merged) push(merged.local, merged.remote);
      else {
        // Added on one side with no base, or removed on one side and changed on the other.
        if (!base && (!lA || !rA)) push(lA ?? rA, lA ?? rA);
        else {
          push(lA, rA);
          out.conflicts.push({
            field: 'attendees',
            local: attendeeText(lA, key),
            remote: attendeeText(rA, key),
          });
        }
      }
    }
  }
  return out;
}

export function mergeEventFields(
  base: EventFields | null,
  local: EventFields,
  remote: EventFields,
): EventMerge {
  const outLocal: EventFields = { ...local };
  const outRemote: EventFields = { ...remote };
  const conflicts: EventConflict[] = [];

  for (const key of ['summary', 'location', 'description', 'status'] as const) {
    const picked = three<string>(base?.[key], local[key], remote[key], (a, b) => a === b);
    if ('value' in picked) {
      // The key's type is the value's: a status stays a status.
      Object.assign(outLocal, { [key]: picked.value });
      Object.assign(outRemote, { [key]: picked.value });
    } else conflicts.push({ field: key, local: local[key], remote: remote[key] });
  }

  const time = three(base ? timeOf(base) : undefined, timeOf(local), timeOf(remote), sameTime);
  if ('value' in time) {
    Object.assign(outLocal, time.value);
    Object.assign(outRemote, time.value);
  } else {
    conflicts.push({
      field: 'start',
      local: timeText(timeOf(local)),
      remote: timeText(timeOf(remote)),
    });
  }

  const organizer = three(base?.organizer, local.organizer, remote.organizer, samePerson);
  if ('value' in organizer) {
    outLocal.organizer = organizer.value;
    outRemote.organizer = organizer.value;
  } else {
    conflicts.push({
      field: 'organizer',
      local: personText(local.organizer),
      remote: personText(remote.organizer),
    });
  }

  const attendees = mergeAttendees(base?.attendees ?? null, local.attendees, remote.attendees);
  outLocal.attendees = attendees.local;
  outRemote.attendees = attendees.remote;
  conflicts.push(...attendees.conflicts);

  const sequence = Math.max(local.sequence, remote.sequence, base?.sequence ?? 0);
  outLocal.sequence = sequence;
  outRemote.sequence = sequence;
  return { local: outLocal, remote: outRemote, conflicts };
}
