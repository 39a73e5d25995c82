import type { TrayModel } from '../../shared/app-model';
import { ChangeGate } from '../change-gate';
import type { EventBus } from '../event-bus';
import { buildTrayModel, type TrayInput } from './tray-model';

/** Holds the tray model and announces it only when it actually changes (never on a bare timer). */
export class TrayPresenter {
  private model: TrayModel;
  private readonly gate = new ChangeGate<TrayModel>();

  constructor(
    private readonly bus: EventBus,
    input: TrayInput,
  ) {
    this.model = buildTrayModel(input);
    this.gate.changed(this.model);
  }

  current(): TrayModel {
    return this.model;
  }

  /** Returns true when the model changed (and was announced). */
  update(input: TrayInput): boolean {
    const next = buildTrayModel(input);
    if (!this.gate.changed(next)) return false;
    this.model = next;
    this.bus.emit('tray.changed', next);
    return true;
  }
}
