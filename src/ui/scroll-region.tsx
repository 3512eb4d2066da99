// A wide table that may scroll sideways on a small screen. Keyboard users can scroll it too:
// the region takes focus and is named (WCAG 2.1.1; axe "scrollable-region-focusable").
import type { ReactNode } from 'react';

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A named region that scrolls is focusable so keyboard users can scroll it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
