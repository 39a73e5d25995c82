import { ModalDialog } from '../components/ModalDialog';
import { answerLeave, leaveRequest } from '../lib/leaveGuard';
import { useStore } from '../lib/createStore';

/** Asked before moving to another page while a form has unsaved edits. */
export function LeaveDialog() {
  const request = useStore(leaveRequest);
  if (!request) return null;
  return (
    <ModalDialog title="Leave without saving?" onClose={() => answerLeave(false)}>
      <p className="field-hint">
        Your changes on this page are not saved yet. Stay to save them, or discard them and leave.
      </p>
      <div className="form-actions">
        {/* Staying loses nothing, so it has the focus. */}
        <button
          type="button"
          className="button button-primary"
          autoFocus
          onClick={() => answerLeave(false)}
        >
          Stay
        </button>
        <button type="button" className="button button-danger" onClick={() => answerLeave(true)}>
          Discard
        </button>
      </div>
    </ModalDialog>
  );
}
