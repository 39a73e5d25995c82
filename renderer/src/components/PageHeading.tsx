import type { ReactNode } from 'react';

/** The page's one h1. Focusable from script so moving between areas lands on it. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
