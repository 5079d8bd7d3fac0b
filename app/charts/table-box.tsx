import type { ReactNode } from 'react';

/** A table with its caption in a scrolling region that the keyboard can reach. */
export function TableBox({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div
      className="hwf-chart-table hwf-table-scroll"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table>
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
