/** One formatter for the whole app: `toLocaleString()` builds a new one on every call. */
const counts = new Intl.NumberFormat();

/** A whole number as the user's locale writes it: 30000 → "30,000". */
export const formatCount = (n: number): string => counts.format(n);
