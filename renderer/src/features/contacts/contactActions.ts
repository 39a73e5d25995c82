import type { Contact } from '../../../../electron/shared/contact';
import { navigate } from '../../app/useRoute';
import { netwell } from '../../bridge/netwell';
import { showToast } from '../../components/toasts';

/** Deletes without asking, and offers Undo for a while instead. */
export async function deleteContact(contact: Contact): Promise<void> {
  const result = await netwell.contacts.delete({ id: contact.id });
  if (!result.ok) {
    showToast(result.error.message, { tone: 'error' });
    return;
  }
  navigate({ area: 'contacts' }, { replace: true });
  const { id, name } = result.value;
  showToast(`Deleted ${name}.`, {
    action: { label: 'Undo', run: () => void undoDelete(id) },
    focusAction: true,
  });
}

export async function undoDelete(id: string): Promise<void> {
  const result = await netwell.contacts.undoDelete({ id });
  if (!result.ok) {
    showToast(result.error.message, { tone: 'error' });
    return;
  }
  navigate({ area: 'contacts', contactId: id, mode: 'view' });
  showToast(`Restored ${result.value.name}.`);
}
