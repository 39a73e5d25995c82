/**
 * A one-click action on a Today card. The visible word is short ("Done"); the hidden detail
 * makes each button's accessible name say which item it acts on.
 */
export function TodayActionButton({
  label,
  detail,
  quiet = false,
  disabled,
  onClick,
}: {
  label: string;
  detail: string;
  quiet?: boolean;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={quiet ? 'button button-small button-quiet' : 'button button-small'}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
      <span className="visually-hidden">: {detail}</span>
    </button>
  );
}
