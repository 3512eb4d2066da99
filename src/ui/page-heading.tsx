// The page's one h1. It takes focus when the page changes (GOV.UK pattern), so keyboard and
// screen reader users start at the top of the new page.
import { useEffect, useRef, type ReactNode } from 'react';

export function PageHeading({
  children,
  focusKey,
  caption,
}: {
  children: ReactNode;
  focusKey: string;
  caption?: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <h1 className="page-heading" ref={ref} tabIndex={-1}>
      {caption ? <span className="page-heading__caption">{caption}</span> : null}
      {children}
    </h1>
  );
}
