/**
 * What the UI calls when the user answers "merge" to an overlap message: overlapping weekly
 * windows become one window per overlapping stretch, everything else is left as it was.
 */
import type { WeeklyWindow } from '../../shared/schedule';
import type { WeekInterval } from './find-overlaps';
import { WEEK_MIN, weekIntervals } from './find-overlaps';
import { formatWallTime } from './zoned-time';

interface Stretch {
  start: number;
  end: number;
  /** Indexes of the windows merged into this stretch, in order of appearance. */
  members: number[];
}

const MAX_LABEL = 80;

function mergedLabel(windows: readonly WeeklyWindow[], members: number[]): string | undefined {
  const labels = [
    ...new Set(members.map((i) => windows[i]?.label?.trim()).filter((l): l is string => !!l)),
  ];
  if (labels.length === 0) return undefined;
  const joined = labels.join(' / ');
  return joined.length > MAX_LABEL ? `${joined.slice(0, MAX_LABEL - 1)}…` : joined;
}

function addMember(s: Stretch, i: number): void {
  if (!s.members.includes(i)) s.members.push(i);
}

function mergeStretches(intervals: WeekInterval[]): Stretch[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || b.end - a.end);
  const stretches: Stretch[] = [];
  for (const iv of sorted) {
    const last = stretches[stretches.length - 1];
    if (last && iv.start < last.end) {
      last.end = Math.max(last.end, iv.end);
      addMember(last, iv.windowIndex);
    } else {
      stretches.push({ start: iv.start, end: iv.end, members: [iv.windowIndex] });
    }
  }
  // Going round the week: a stretch running past Saturday midnight may overlap the first ones.
  for (;;) {
    const last = stretches[stretches.length - 1];
    const first = stretches[0];
    if (!last || !first || last === first || !(first.start + WEEK_MIN < last.end)) break;
    last.end = Math.max(last.end, first.end + WEEK_MIN);
    for (const m of first.members) addMember(last, m);
    stretches.shift();
  }
  return stretches;
}

/** A weekly window lasts less than 24 h: longer merged stretches are cut into 12-hour pieces. */
function pieces(s: Stretch): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = s.start;
  const end = Math.min(s.end, s.start + WEEK_MIN);
  while (end - start >= 1440) {
    out.push([start, start + 720]);
    start += 720;
  }
  out.push([start, end]);
  return out;
}

/**
 * Merges overlapping weekly windows (as findOverlaps sees them). Windows that overlap nothing come
 * back unchanged. Each merged stretch becomes a window whose label joins the merged labels and
 * whose id is that of its first window (suffixed when that id is still in use); stretches with the
 * same times and label on several days are grouped into one window. Touching windows are kept.
 */
export function mergeOverlapping(windows: readonly WeeklyWindow[]): WeeklyWindow[] {
  const stretches = mergeStretches(weekIntervals(windows));

  interface Group {
    key: string;
    order: number;
    firstStart: number;
    baseId: string;
    original: WeeklyWindow | undefined;
    days: Set<number>;
    start: string;
    end: string;
    label: string | undefined;
  }
  const groups = new Map<string, Group>();
  for (const s of stretches) {
    const single = s.members.length === 1;
    const firstIndex = s.members[0]!;
    const firstWindow = windows[firstIndex]!;
    for (const [a, b] of single ? [[s.start, s.end] as [number, number]] : pieces(s)) {
      const day = Math.floor(a / 1440) % 7;
      const start = formatWallTime(a % 1440);
      const end = formatWallTime(b % 1440);
      const label = single ? firstWindow.label : mergedLabel(windows, s.members);
      const key = single
        ? `w:${firstIndex}`
        : `m:${start}|${end}|${label ?? ''}|${s.members.join(',')}`;
      let g = groups.get(key);
      if (!g) {
        g = {
          key,
          order: firstIndex,
          firstStart: a,
          baseId: firstWindow.id,
          original: single ? firstWindow : undefined,
          days: new Set(),
          start,
          end,
          label,
        };
        groups.set(key, g);
      }
      g.days.add(day);
    }
  }

  const ordered = [...groups.values()].sort(
    (x, y) =>
      x.order - y.order ||
      (x.original ? 0 : 1) - (y.original ? 0 : 1) ||
      x.firstStart - y.firstStart,
  );
  const used = new Set<string>();
  // Unchanged windows keep their ids first.
  for (const g of ordered) if (g.original) used.add(g.baseId);
  const result: WeeklyWindow[] = [];
  for (const g of ordered) {
    let id = g.baseId;
    if (!g.original) {
      for (let n = 2; used.has(id); n++) id = `${g.baseId}-${n}`;
      used.add(id);
    }
    const days = [...g.days].sort((a, b) => a - b);
    const w: WeeklyWindow = g.original
      ? { ...g.original, days }
      : { id, days, start: g.start, end: g.end };
    if (!g.original && g.label !== undefined) w.label = g.label;
    result.push(w);
  }
  return result;
}
