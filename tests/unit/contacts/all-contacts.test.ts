import { describe, expect, it } from 'vitest';
import type { ContactPage } from '../../../electron/shared/contact-page';
import { allContactRows, PAGE_LIMIT, type PageRequest } from '../../fixtures/all-contacts';
import { makeCrmContact } from '../crm/crm-fixtures';
import { coreAt } from '../core-harness';

describe("allContactRows (the tests' whole list, page by page)", () => {
  it('reads past one page, in list order, with the search and filter given', async () => {
    const { core, call } = await coreAt();
    const count = PAGE_LIMIT + 20;
    const names = Array.from({ length: count }, (_, i) => `Person ${String(i).padStart(4, '0')}`);
    await core.store.update((d) => {
      d.contacts.push(...names.map((name, i) => makeCrmContact(`p${i}`, { name })));
      d.contacts.push(makeCrmContact('old', { name: 'Old Friend', archived: true }));
    });
    const requests: PageRequest[] = [];
    const page = (request: PageRequest) => {
      requests.push(request);
      return call<ContactPage>('contacts.page', request);
    };
    expect((await allContactRows(page)).map((r) => r.name)).toEqual(names);
    expect(requests.map((r) => r.offset)).toEqual([0, PAGE_LIMIT]);
    expect(await allContactRows(page, { filter: 'archived' })).toMatchObject([
      { name: 'Old Friend' },
    ]);
    expect(await allContactRows(page, { query: 'person 0519' })).toHaveLength(1);
    expect(await allContactRows(page, { query: 'nobody' })).toEqual([]);
    await core.close();
  });
});
