import { UserError } from '../errors';

/** The contacts' own not-found: it also says why a contact may have gone. */
export const contactNotFound = () =>
  new UserError(
    'not_found',
    'That contact no longer exists. It may have been deleted in another window.',
  );
