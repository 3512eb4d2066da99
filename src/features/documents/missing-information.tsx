// What a draft still lacks, each with a link to the question that gives it.
import type { MissingValue } from '@/documents/model';
import { useI18n } from '@/i18n/i18n-context';
import type { PhaseId } from '@/schemas/ids';

export interface MissingInformationProps {
  missing: MissingValue[];
  marker: string;
  canOpen: (phase: PhaseId, step: string) => boolean;
  onOpenStep: (phase: PhaseId, step: string) => void;
}

export function MissingInformation({
  missing,
  marker,
  canOpen,
  onOpenStep,
}: MissingInformationProps) {
  const { t } = useI18n();
  if (missing.length === 0)
    return (
      <div className="notice" data-testid="document-complete">
        <h2 className="heading-m">{t('documents.completeHeading')}</h2>
        <p>{t('documents.completeText')}</p>
      </div>
    );
  return (
    <div className="notice notice--warning" data-testid="document-missing">
      <h2 className="heading-m">{t('documents.missingHeading', { count: missing.length })}</h2>
      <p>{t('documents.missingText', { marker })}</p>
      <ul className="missing-list">
        {missing.map((entry) => {
          const step = entry.step;
          const phase = step?.phase as PhaseId | undefined;
          return (
            <li key={`${entry.clause}|${entry.what}`}>
              {t('documents.missingItem', { what: entry.what, clause: entry.clause })}
              {step && phase && canOpen(phase, step.step) ? (
                <>
                  {' '}
                  <a
                    href={`#/${phase}/${step.step}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onOpenStep(phase, step.step);
                    }}
                  >
                    {t('documents.answerOn', { step: step.title })}
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
