import type { TrayModel } from '../../shared/app-model';
import type { EventBus } from '../event-bus';
import { buildTrayModel, type TrayInput } from './tray-model';

/** Holds the tray model and announces it only when it actually changes (no rebuilds on a timer). */
export class TrayPresenter {
  private model: TrayModel;
  private key: string;

  constructor(
    private readonly bus: EventBus,
    input: TrayInput,
  ) {
    this.model = buildTrayModel(input);
    this.key = JSON.stringify(this.model);
  }

  current(): TrayModel {
    return this.model;
  }

  update(input: TrayInput): void {
    const next = buildTrayModel(input);
    const key = JSON.stringify(next);
    if (key === this.key) return;
    this.model = next;
    this.key = key;
    this.bus.emit('tray.changed', next);
  }
}
