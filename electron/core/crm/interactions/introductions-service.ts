import { updateOnce, type CreateRequest } from '../../store/recent-requests';
import { contactIn, crmChanged, type CrmDeps } from '../crm-records';
import { introduce } from './introduce';

/** Introducing two contacts: the introduction, and an interaction on each side's timeline. */
export class IntroductionsService {
  constructor(private readonly deps: Pick<CrmDeps, 'store' | 'clock' | 'bus' | 'newId'>) {}

  async add(fromId: string, toId: string, note: string, request?: CreateRequest) {
    const { store, clock, bus, newId } = this.deps;
    const data = store.read();
    const result = introduce(contactIn(data, fromId), contactIn(data, toId), clock.now(), {
      id: newId(),
      note,
    });
    const interactions = result.interactions.map((draft) => ({ ...draft, id: newId() }));
    const introduction = await updateOnce(store, request, (d) => {
      d.introductions.push(result.introduction);
      d.interactions.push(...interactions);
      return result.introduction;
    });
    crmChanged(bus, [fromId, toId]);
    return introduction;
  }
}
