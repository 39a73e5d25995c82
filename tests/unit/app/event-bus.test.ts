import { describe, expect, expectTypeOf, it } from 'vitest';
import { ChangeGate } from '../../../electron/core/change-gate';
import { EventBus } from '../../../electron/core/event-bus';
import type { EventPayload } from '../../../electron/shared/contract';

describe('EventBus', () => {
  it('hands `on` handlers only their event, typed, in order with subscribers', () => {
    const bus = new EventBus();
    const seen: string[] = [];
    bus.subscribe((name) => seen.push(`all:${name}`));
    const off = bus.on('contacts.changed', (payload) => {
      expectTypeOf(payload).toEqualTypeOf<EventPayload<'contacts.changed'>>();
      seen.push(`contacts:${payload.ids.join(',')}`);
    });
    bus.emit('crm.changed', { contactIds: ['a'] });
    bus.emit('contacts.changed', { ids: ['a', 'b'] });
    off();
    bus.emit('contacts.changed', { ids: ['c'] });
    expect(seen).toEqual([
      'all:crm.changed',
      'all:contacts.changed',
      'contacts:a,b',
      'all:contacts.changed',
    ]);
  });

  it('refuses a payload of another event at compile time', () => {
    const bus = new EventBus();
    // @ts-expect-error: contacts.changed carries ids, not contactIds
    bus.emit('contacts.changed', { contactIds: [] });
    // @ts-expect-error: a handler for contacts.changed cannot read crm.changed's field
    bus.on('contacts.changed', (payload) => payload.contactIds);
  });
});

describe('ChangeGate', () => {
  it('lets the first value through, then only values whose key differs', () => {
    const gate = new ChangeGate<{ n: number }>();
    expect([{ n: 1 }, { n: 1 }, { n: 2 }, { n: 1 }].map((v) => gate.changed(v))).toEqual([
      true,
      false,
      true,
      true,
    ]);
  });

  it('compares by the key a caller gives', () => {
    const gate = new ChangeGate<number>((n) => String(Math.floor(n)));
    expect([1.2, 1.9, 2.1].map((n) => gate.changed(n))).toEqual([true, false, true]);
  });
});
