// Rename a dossier: a dialog with one text box.
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';

export function RenameDialog({
  open,
  currentName,
  onRename,
  onCancel,
}: {
  open: boolean;
  currentName: string;
  onRename: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [name, setName] = useState(currentName);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setName(currentName);
      setError(undefined);
      dialog.showModal?.();
      // The dialog exists to edit this one field, so it starts there.
      inputRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, currentName]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const trimmed = name.trim();
            if (!trimmed) return setError(t('library.nameRequired'));
            if (trimmed.length > 200) return setError(t('library.nameTooLong'));
            onRename(trimmed);
          }}
        >
          <h2 id={`${id}-title`} className="dialog__title">
            {t('library.renameTitle')}
          </h2>
          <div className={`form-group${error ? ' form-group--error' : ''}`}>
            <label className="label" htmlFor={`${id}-name`}>
              {t('library.nameLabel')}
            </label>
            {error ? (
              <p className="error-message" id={`${id}-error`} role="alert">
                <span className="visually-hidden">{t('errors.prefix')}</span> {error}
              </p>
            ) : null}
            <input
              id={`${id}-name`}
              className="input input--long"
              value={name}
              autoComplete="off"
              aria-describedby={error ? `${id}-error` : undefined}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setName(event.target.value)}
              ref={inputRef}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button">
              {t('library.renameConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
