import type { ErrorCode, FieldIssue } from '../shared/result';

/** An error whose message is written for the user. Anything else is reported as "internal". */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
