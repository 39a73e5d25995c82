import { describe, expect, it } from 'vitest';
import { shareRepeatedText } from '../../../electron/core/store/shared-text';
import { generateAppData } from '../../bench/generate-app-data';

describe('shareRepeatedText', () => {
  it('changes no value of the document, including references to people it does not hold', () => {
    const data = generateAppData({ contacts: 3000, interactions: 9000 });
    data.interactions[0] = { ...data.interactions[0]!, contactId: 'someone-deleted' };
    const before = structuredClone(data);
    const contacts = data.contacts;
    const first = data.contacts[0];
    let steps = 0;
    for (const _ of shareRepeatedText(data)) steps++;
    // In steps, so the store can pause between them.
    expect(steps).toBeGreaterThan(0);
    expect(data).toEqual(before);
    // The same records and arrays: nothing is copied, so nothing held elsewhere goes stale.
    expect(data.contacts).toBe(contacts);
    expect(data.contacts[0]).toBe(first);
  });
});
