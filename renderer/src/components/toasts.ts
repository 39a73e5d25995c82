import { createStore, useStore } from '../lib/createStore';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: ToastAction;
  /** How long it stays; the timer pauses while the pointer or keyboard focus is on it. */
  timeoutMs: number;
  /** Put keyboard focus on the action, e.g. Undo after the focused item disappeared. */
  focusAction: boolean;
}

export const toastStore = createStore<Toast | null>(null);
let nextId = 1;

/** Shows one calm message at a time at the bottom of the window; a new one replaces the old. */
export function showToast(
  message: string,
  options: Partial<Omit<Toast, 'id' | 'message'>> = {},
): number {
  const id = nextId++;
  toastStore.set({
    id,
    message,
    tone: options.tone ?? 'info',
    timeoutMs: options.timeoutMs ?? (options.action ? 10_000 : 5_000),
    focusAction: options.focusAction ?? false,
    ...(options.action ? { action: options.action } : {}),
  });
  return id;
}

export function dismissToast(id?: number): void {
  toastStore.set((current) =>
    current && (id === undefined || current.id === id) ? null : current,
  );
}

export function useToast(): Toast | null {
  return useStore(toastStore);
}
