import type { ReactNode } from 'react';

/**
 * A list of editable rows, each with its own Remove button, and an Add button below.
 * Rows are keyed by position: they have no ids until saved, and removal re-renders the rest.
 */
export function RepeatableRows<Row>({
  rows,
  renderRow,
  removeLabel,
  onRemove,
  addLabel,
  onAdd,
}: {
  rows: readonly Row[];
  renderRow: (row: Row, index: number) => ReactNode;
  /** The Remove button's accessible name, which must tell the rows apart. */
  removeLabel: (row: Row, index: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
}) {
  return (
    <>
      {rows.map((row, index) => (
        <div className="repeat-row" key={index}>
          {renderRow(row, index)}
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={removeLabel(row, index)}
            onClick={() => onRemove(index)}
          >
            Remove
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="button button-small" onClick={onAdd}>
          {addLabel}
        </button>
      </div>
    </>
  );
}
