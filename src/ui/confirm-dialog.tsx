// A modal question with a native <dialog>: the browser traps focus, Escape cancels, and focus
// returns to the button that opened it.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Styles the confirm button as destructive (delete, replace). */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** A third choice between confirming and cancelling, e.g. "Import as a copy". */
  alternative?: { label: string; onSelect: () => void };
}

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger,
  onConfirm,
  onCancel,
  alternative,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal?.();
      // showModal focuses the first button, which may be the destructive one: start on the
      // safest choice instead (WAI-ARIA dialog pattern).
      cancelRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {children}
          <div className="button-row">
            <button
              type="button"
              className={danger ? 'button button--danger' : 'button'}
              onClick={onConfirm}
            >
              {confirmLabel}
            </button>
            {alternative ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={alternative.onSelect}
              >
                {alternative.label}
              </button>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              ref={cancelRef}
              onClick={onCancel}
            >
              {cancelLabel}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
