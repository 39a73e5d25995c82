import { current, enableArrayMethods, isDraft, produce, setAutoFreeze, type Draft } from 'immer';
import type { Clock } from '../clock';
import type { JournalWriter } from './journal';
import { diffState } from './patches';

// Immer gives updates structural sharing: a change copies only the objects on its path. Its array
// methods plugin lets `findIndex`, `find`, `some`... run over plain values instead of creating a
// draft proxy per element (30,000 proxies per contact lookup otherwise). No auto-freeze: freezing
// 30,000 contacts costs more than an edit's budget; the data is read-only by contract.
enableArrayMethods();
setAutoFreeze(false);

/** What the document needs of the journal writer. */
export type JournalAppender = Pick<JournalWriter, 'append' | 'onFailure'>;

/**
 * The document in memory, kept in step with the journal. `read()` is the durable version; changes
 * are made on the pending one (so updates chain in call order even before they are on disk), each
 * appended as one journal line, and become current only once that line is durable. When the
 * writer refuses lines, the pending version falls back to the durable one.
 */
export class JournalledDocument<D> {
  private state: D;
  private pending: D;
  private committed: number;
  private nextSeq: number;
  private lastAppend: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly writer: JournalAppender,
    private readonly clock: Clock,
    data: D,
    seq: number,
  ) {
    this.state = this.pending = data;
    this.committed = this.nextSeq = seq;
    writer.onFailure = () => {
      // Every line not yet durable was refused: drop the changes they carried.
      this.pending = this.state;
      this.nextSeq = this.committed;
    };
  }

  read(): D {
    return this.state;
  }

  /** The seq of the last durable change. */
  get committedSeq(): number {
    return this.committed;
  }

  /** Runs `change` on a draft of the pending version; throws what it throws. */
  produce<T>(change: (draft: D) => T): { next: D; result: T } {
    let result!: T;
    const next = produce(this.pending, (draft) => {
      const value = change(draft as D);
      // A draft dies with the recipe: hand back a plain copy of what it returned (a record,
      // or records inside an object or array).
      result = undraft(value) as T;
    }) as D;
    return { next, result };
  }

  /**
   * Journals the difference from the pending version to `next` (from `produce`) and makes `next`
   * pending. Resolves once it is durable and current; null when nothing changed.
   */
  append(next: D): Promise<void> | null {
    if (next === this.pending) return null;
    const patches = diffState(this.pending, next);
    const lineSeq = ++this.nextSeq;
    const at = this.clock.now().toISOString();
    const line = `${JSON.stringify({ seq: lineSeq, at, patches })}\n`;
    this.pending = next;
    const durable = this.writer.append(lineSeq, line, () => {
      this.state = next;
      this.committed = lineSeq;
    });
    this.lastAppend = durable;
    return durable;
  }

  /** `value`, once the last append so far is durable or refused (never rejects). */
  settledWith<T>(value: T): Promise<T> {
    return this.lastAppend.then(
      () => value,
      () => value,
    );
  }
}

/** Plain copies of the drafts in a recipe's result (a draft, or drafts inside objects/arrays). */
export function undraft(value: unknown, depth = 0): unknown {
  if (isDraft(value)) return current(value as Draft<object>);
  if (depth > 3 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => undraft(v, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, undraft(v, depth + 1)]));
}
