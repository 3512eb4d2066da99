// "Create a dossier": one question, its name.
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorSummary } from '@/ui/error-summary';

export function CreateDossierForm({
  onCreate,
  onErrorChange,
}: {
  onCreate: (name: string) => Promise<void>;
  /** Lets the page put "Error:" in the window title while the form shows an error. */
  onErrorChange: (hasError: boolean) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const inputId = `${id}-name`;
  const [name, setName] = useState('');
  const [error, setErrorState] = useState<string | undefined>();
  const setError = (message: string | undefined) => {
    setErrorState(message);
    onErrorChange(message !== undefined);
  };
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('library.nameRequired'));
      setAttempt((count) => count + 1);
      return;
    }
    if (trimmed.length > 200) {
      setError(t('library.nameTooLong'));
      setAttempt((count) => count + 1);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await onCreate(trimmed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="create-form"
      aria-labelledby={`${id}-title`}
    >
      <h2 className="heading-m" id={`${id}-title`}>
        {t('library.createHeading')}
      </h2>
      <ErrorSummary errors={error ? [{ target: inputId, message: error }] : []} attempt={attempt} />
      <div className={`form-group${error ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor={inputId}>
          {t('library.nameLabel')}
        </label>
        <div className="hint" id={`${inputId}-hint`}>
          {t('library.nameHint')}
        </div>
        {error ? (
          <p className="error-message" id={`${inputId}-error`}>
            <span className="visually-hidden">{t('errors.prefix')}</span> {error}
          </p>
        ) : null}
        <input
          id={inputId}
          className="input input--long"
          type="text"
          value={name}
          autoComplete="off"
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('library.create')}
      </button>
    </form>
  );
}
