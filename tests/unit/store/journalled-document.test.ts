import { describe, expect, it } from 'vitest';
import {
  JournalledDocument,
  type JournalAppender,
} from '../../../electron/core/store/journalled-document';
import { ManualClock } from '../../fixtures/manual-clock';

interface Doc {
  n: number;
  items: { id: string }[];
}

/** A writer that keeps lines until `flush` (makes them durable) or `fail` (refuses them). */
function fakeWriter() {
  const queued: {
    text: string;
    onDurable: () => void;
    resolve: () => void;
    reject: (e: unknown) => void;
  }[] = [];
  const lines: string[] = [];
  const writer: JournalAppender & { flush(): void; fail(): void; lines: string[] } = {
    lines,
    onFailure: () => {},
    append(_seq, text, onDurable = () => {}) {
      return new Promise<void>((resolve, reject) =>
        queued.push({ text, onDurable, resolve, reject }),
      );
    },
    flush() {
      for (const q of queued.splice(0)) {
        lines.push(q.text);
        q.onDurable();
        q.resolve();
      }
    },
    fail() {
      const refused = queued.splice(0);
      writer.onFailure();
      for (const q of refused) q.reject(new Error('refused'));
    },
  };
  return writer;
}

const start = (): Doc => ({ n: 0, items: [{ id: 'a' }] });
const clock = new ManualClock('2026-03-01T10:00:00Z');

describe('JournalledDocument', () => {
  it('makes a change current only once its line is durable', async () => {
    const writer = fakeWriter();
    const doc = new JournalledDocument<Doc>(writer, clock, start(), 4);
    const { next } = doc.produce((d) => void (d.n = 1));
    const durable = doc.append(next);
    expect(doc.read().n).toBe(0);
    writer.flush();
    await durable;
    expect(doc.read().n).toBe(1);
    expect(doc.committedSeq).toBe(5);
    expect(JSON.parse(writer.lines[0]!)).toEqual({
      seq: 5,
      at: '2026-03-01T10:00:00.000Z',
      patches: [{ op: 'replace', path: ['n'], value: 1 }],
    });
  });

  it('chains changes on the pending version, before the first is durable', () => {
    const writer = fakeWriter();
    const doc = new JournalledDocument<Doc>(writer, clock, start(), 0);
    doc.append(doc.produce((d) => void (d.n = 1)).next);
    doc.append(doc.produce((d) => void (d.n += 1)).next);
    writer.flush();
    expect(doc.read().n).toBe(2);
    expect(writer.lines.map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([1, 2]);
  });

  it('writes nothing when nothing changed, and answers after the last append', async () => {
    const writer = fakeWriter();
    const doc = new JournalledDocument<Doc>(writer, clock, start(), 0);
    const same = doc.produce((d) => d.n);
    expect(same.result).toBe(0);
    expect(doc.append(same.next)).toBeNull();
    const durable = doc.append(doc.produce((d) => void (d.n = 1)).next);
    let answered = false;
    const answer = doc.settledWith('x').then((v) => ((answered = true), v));
    await Promise.resolve();
    expect(answered).toBe(false);
    writer.fail();
    await expect(durable).rejects.toThrow('refused');
    await expect(answer).resolves.toBe('x');
  });

  it('drops refused changes: the next one starts from the durable version and reuses the seq', () => {
    const writer = fakeWriter();
    const doc = new JournalledDocument<Doc>(writer, clock, start(), 0);
    doc.append(doc.produce((d) => void (d.n = 1)).next)?.catch(() => undefined);
    writer.fail();
    doc.append(doc.produce((d) => void d.items.push({ id: 'b' })).next);
    writer.flush();
    expect(doc.read()).toEqual({ n: 0, items: [{ id: 'a' }, { id: 'b' }] });
    expect(doc.committedSeq).toBe(1);
  });

  it('hands back plain copies of drafts the change returned', () => {
    const doc = new JournalledDocument<Doc>(fakeWriter(), clock, start(), 0);
    const { result } = doc.produce((d) => {
      d.items[0]!.id = 'z';
      return { first: d.items[0], all: d.items };
    });
    expect(result).toEqual({ first: { id: 'z' }, all: [{ id: 'z' }] });
    expect(() => JSON.stringify(result)).not.toThrow();
  });
});
