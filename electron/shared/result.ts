/** What every IPC call returns: a thrown error crosses IPC as a bare message, so we never throw across it. */
export type ErrorCode =
  'invalid_input' | 'not_found' | 'forbidden' | 'conflict' | 'unavailable' | 'internal';

export interface FieldIssue {
  /** Dotted path of the field, e.g. "emails.1". Empty for the whole input. */
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });
