import { useEffect, useState } from 'react';
import type { CrmContact as Contact } from '../../../../electron/shared/crm/contact-crm-fields';
import { netwell } from '../../bridge/netwell';

export type ContactState =
  | { status: 'loading' }
  | { status: 'ready'; contact: Contact }
  | { status: 'missing'; message: string };

/** One contact, fetched by id and fetched again whenever the host says it changed. */
export function useContact(id: string | undefined): ContactState {
  const [state, setState] = useState<{ id: string | undefined; value: ContactState }>({
    id,
    value: { status: 'loading' },
  });

  useEffect(() => {
    if (!id) return;
    let live = true;
    const load = () =>
      void netwell.contacts.get({ id }).then((result) => {
        if (!live) return;
        setState({
          id,
          value: result.ok
            ? { status: 'ready', contact: result.value }
            : { status: 'missing', message: result.error.message },
        });
      });
    load();
    const off = netwell.on('contacts.changed', ({ ids }) => {
      if (ids.includes(id)) load();
    });
    return () => {
      live = false;
      off();
    };
  }, [id]);

  return state.id === id ? state.value : { status: 'loading' };
}
