import { useEffect, useState } from 'react';
import type { ContactProfile, KeptOnTimeRate } from '../../../../electron/shared/crm/crm-views';
import { netwell } from '../../bridge/netwell';

export type ProfileState =
  | { status: 'loading' }
  | { status: 'ready'; profile: ContactProfile }
  | { status: 'missing'; message: string };

/** A contact's page data, fetched again whenever the CRM or the contact changes. */
export function useProfile(id: string): ProfileState {
  const [state, setState] = useState<{ id: string; value: ProfileState }>({
    id,
    value: { status: 'loading' },
  });
  useEffect(() => {
    let live = true;
    const load = () =>
      void netwell.contacts.profile({ id }).then((result) => {
        if (!live) return;
        setState({
          id,
          value: result.ok
            ? { status: 'ready', profile: result.value }
            : { status: 'missing', message: result.error.message },
        });
      });
    load();
    const offCrm = netwell.on('crm.changed', ({ contactIds }) => {
      if (contactIds.length === 0 || contactIds.includes(id)) load();
    });
    const offContacts = netwell.on('contacts.changed', ({ ids }) => {
      if (ids.includes(id)) load();
    });
    return () => {
      live = false;
      offCrm();
      offContacts();
    };
  }, [id]);
  return state.id === id ? state.value : { status: 'loading' };
}

/** Names of other contacts (introductions), whatever list they are on. */
export function useContactNames(ids: string[]): Record<string, string> {
  const key = [...new Set(ids)].sort().join(',');
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    void Promise.all(wanted.map((id) => netwell.contacts.get({ id }))).then((results) => {
      if (!live) return;
      const found: Record<string, string> = {};
      results.forEach((result, index) => {
        found[wanted[index] ?? ''] = result.ok ? result.value.name : 'someone since deleted';
      });
      setNames(found);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}

/** The private kept-on-time rate, refreshed on every CRM change. */
export function useKeptRate(): KeptOnTimeRate | null {
  const [rate, setRate] = useState<KeptOnTimeRate | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void netwell.commitments.stats().then((result) => {
        if (live && result.ok) setRate(result.value);
      });
    load();
    const off = netwell.on('crm.changed', load);
    return () => {
      live = false;
      off();
    };
  }, []);
  return rate;
}

export function keptRateText(rate: KeptOnTimeRate): string {
  if (rate.counted === 0) return 'Nothing was due in the last 90 days.';
  return `You kept ${rate.onTime} of ${rate.counted} ${rate.counted === 1 ? 'commitment' : 'commitments'} on time in the last 90 days.`;
}
