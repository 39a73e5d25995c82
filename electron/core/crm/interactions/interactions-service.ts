import {
  InteractionDraftSchema,
  type Interaction,
  type InteractionDraft,
} from '../../../shared/crm/interaction';
import { UserError } from '../../errors';
import { updateOnce, type CreateRequest } from '../../store/recent-requests';
import { contactIn, crmChanged, notFound, type CrmDeps } from '../crm-records';

/** The timeline of what happened with someone: log, delete, and the undo of a delete. */
export class InteractionsService {
  constructor(private readonly deps: Pick<CrmDeps, 'store' | 'clock' | 'bus' | 'newId'>) {}

  async log(
    draft: Omit<InteractionDraft, 'at'> & { at?: string },
    request?: CreateRequest,
  ): Promise<Interaction> {
    const { store, clock, bus, newId } = this.deps;
    contactIn(store.read(), draft.contactId);
    const parsed = InteractionDraftSchema.parse({
      ...draft,
      at: draft.at ?? clock.now().toISOString(),
    });
    if (Date.parse(parsed.at) > clock.now().getTime() + 60_000) {
      throw new UserError(
        'invalid_input',
        'An interaction is something that happened: pick a time that is not in the future.',
      );
    }
    const created: Interaction = { ...parsed, id: newId() };
    const interaction = await updateOnce(store, request, (d) => {
      d.interactions.push(created);
      // Talking to someone ends a "not now" for them.
      d.snoozes = d.snoozes.filter((s) => s.contactId !== created.contactId);
      return created;
    });
    crmChanged(bus, [interaction.contactId]);
    return interaction;
  }

  async delete(id: string): Promise<Interaction> {
    const removed = await this.deps.store.update((d) => {
      const found = d.interactions.find((i) => i.id === id);
      if (!found) throw notFound('interaction');
      d.interactions = d.interactions.filter((i) => i.id !== id);
      return found;
    });
    crmChanged(this.deps.bus, [removed.contactId]);
    return removed;
  }

  /** Undo of a delete: the renderer hands back the record it was given. */
  async restore(interaction: Interaction): Promise<Interaction> {
    const { store, bus } = this.deps;
    contactIn(store.read(), interaction.contactId);
    await store.update((d) => {
      if (!d.interactions.some((i) => i.id === interaction.id)) d.interactions.push(interaction);
    });
    crmChanged(bus, [interaction.contactId]);
    return interaction;
  }
}
