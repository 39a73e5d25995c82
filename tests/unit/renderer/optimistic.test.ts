import { describe, expect, it } from 'vitest';
import type { Result } from '../../../electron/shared/result';
import { createStore } from '../../../renderer/src/lib/createStore';
import { optimistic } from '../../../renderer/src/lib/optimistic';

type Options = { notes: boolean; windows: boolean };

/** A host whose answers wait until the test sends them, each with the host's state then. */
function heldHost(initial: Options) {
  let state = initial;
  const held: { answer: (ok: boolean) => void }[] = [];
  const send = (patch: Partial<Options>) => () =>
    new Promise<Result<Options>>((resolve) =>
      held.push({
        answer: (ok) => {
          if (ok) state = { ...state, ...patch };
          resolve(
            ok
              ? { ok: true, value: state }
              : { ok: false, error: { code: 'invalid_input', message: 'No.' } },
          );
        },
      }),
    );
  return { send, held, state: () => state };
}

describe('optimistic changes', () => {
  it('keeps an unanswered change on top of what the host says meanwhile, in any order', async () => {
    const store = createStore<Options | null>(null);
    const changes = optimistic(store);
    const host = heldHost({ notes: false, windows: false });
    changes.fromHost(host.state());
    const first = changes.change((o) => ({ ...o, notes: true }), host.send({ notes: true }));
    const second = changes.change((o) => ({ ...o, windows: true }), host.send({ windows: true }));
    expect(store.get()).toEqual({ notes: true, windows: true });

    // An event from elsewhere, then the first answer: the second change still shows.
    changes.fromHost({ notes: false, windows: false });
    expect(store.get()).toEqual({ notes: true, windows: true });
    host.held[0]!.answer(true);
    await first;
    expect(store.get()).toEqual({ notes: true, windows: true });

    // The second is refused: the host's state shows, without it.
    host.held[1]!.answer(false);
    expect((await second).ok).toBe(false);
    expect(store.get()).toEqual({ notes: true, windows: false });
  });
});
