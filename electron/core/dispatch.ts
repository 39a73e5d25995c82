import type { z } from 'zod';
import {
  calls,
  type CallArgs,
  type CallName,
  type CallNamespace,
  type CallOutput,
} from '../shared/contract';
import { fail, ok, type FieldIssue, type Result } from '../shared/result';
import { UserError } from './errors';

/** One handler per call in the contract; `satisfies Handlers` makes a missing one a compile error. */
export type Handlers = {
  [K in CallName]: (input: CallArgs<K>) => CallOutput<K> | Promise<CallOutput<K>>;
};

/**
 * The handlers of some namespaces. Each table lives beside its service and is checked with
 * `satisfies HandlersOf<…>`: a missing or misspelt call does not compile there, and `createCore`
 * checks that the tables together cover the contract.
 */
export type HandlersOf<N extends CallNamespace> = Pick<
  Handlers,
  Extract<CallName, `${N}.${string}`>
>;

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

function summarise(issues: FieldIssue[]): string {
  const first = issues[0];
  if (!first) return 'The request was not valid.';
  return issues.length === 1 ? first.message : `${first.message} (and ${issues.length - 1} more)`;
}

/**
 * The trust boundary shared by both hosts: parse the input with the contract's schema, run the
 * handler, and turn every outcome into a Result. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
  log: (error: unknown) => void = console.error,
): Promise<Result<unknown>> {
  if (!Object.hasOwn(calls, name)) {
    return fail({ code: 'invalid_input', message: `Unknown call: ${name.slice(0, 100)}` });
  }
  const key = name as CallName;
  const parsed = calls[key].input.safeParse(rawInput);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    return fail({ code: 'invalid_input', message: summarise(issues), issues });
  }
  try {
    const handler = handlers[key] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof UserError) {
      return fail({
        code: error.code,
        message: error.message,
        ...(error.issues ? { issues: error.issues } : {}),
      });
    }
    log(error);
    return fail({
      code: 'internal',
      message: 'Something went wrong on our side. Nothing was changed; please try again.',
    });
  }
}
