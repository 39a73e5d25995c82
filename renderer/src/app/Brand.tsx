/** The app's name with a small mark (two overlapping circles: people meeting). */
export function Brand() {
  return (
    <div className="brand">
      <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <circle cx="12" cy="16" r="8" />
        <circle cx="20" cy="16" r="8" />
      </svg>
      <span className="brand-name">Netwell</span>
    </div>
  );
}
