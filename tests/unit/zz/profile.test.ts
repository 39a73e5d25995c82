import { it } from 'vitest';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { reconnectList } from '../../../electron/core/crm/reconnect-list';
import { todayDigest } from '../../../electron/core/crm/today-digest';
import { inPersonSuggestions } from '../../../electron/core/crm/suggestions';
import { generateAppData } from '../../bench/generate-app-data';

it('profile', async () => {
  const d = generateAppData();
  const now = new Date('2026-11-28T12:00:00Z');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  let t = performance.now();
  const r = reconnectList(d.contacts, d.interactions, [], [], now, 'Europe/Lisbon');
  console.log('reconnect', performance.now() - t, r.length);
  t = performance.now();
  const s = inPersonSuggestions(d.contacts, d.interactions, [], now);
  console.log('suggest', performance.now() - t, s.length);
  const { profile } = await session.post('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const dt = profile.timeDeltas!;
  profile.samples!.forEach((id, i) => {
    const n = nodes.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
  });
  console.log(
    [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`)
      .join('\n'),
  );
}, 120_000);
