// Renders one step from its content spec with react-hook-form, validated by the zod schema
// built from the same spec (src/domain/step-schema.ts). Every change is sent to the lifecycle
// machine as a draft, so autosave keeps it; a valid submit is sent as the step's answers.
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form';
import type { FieldContext } from '@/domain/field-context';
import { initialFormValues } from '@/domain/form-values';
import { localise } from '@/domain/localise';
import { draftLookup, validateStep, visibleFields } from '@/domain/step-schema';
import type { RegisteredStep } from '@/schemas/content-registry';
import type { StepAnswers, StepDraft } from '@/schemas/dossier';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorSummary } from '@/ui/error-summary';
import { summariseErrors, toFormErrors } from './form-errors';
import { GroupControl } from './fields/group-control';
import { ScalarControl } from './fields/scalar-control';

export interface StepFormProps {
  step: RegisteredStep;
  answers: Partial<Record<string, StepAnswers>>;
  draft: StepDraft | undefined;
  ctx: FieldContext;
  readOnly: boolean;
  onChange: (values: StepDraft) => void;
  onSubmit: (values: StepDraft) => void;
  onErrorsChange?: (count: number) => void;
  submitLabel: string;
}

export function StepForm({
  step,
  answers,
  draft,
  ctx,
  readOnly,
  onChange,
  onSubmit,
  onErrorsChange,
  submitLabel,
}: StepFormProps) {
  const { t } = useI18n();
  // The form starts from the saved draft or answers once; after that the form holds the values.
  const [defaultValues] = useState(() => initialFormValues(step, answers[step.id], draft, ctx));
  const [attempt, setAttempt] = useState(0);

  const resolver = useMemo<Resolver<StepDraft>>(
    () => (values) => {
      const result = validateStep(step, values, answers, ctx);
      return result.success
        ? { values: values, errors: {} }
        : { values: {}, errors: toFormErrors(result.issues) };
    },
    [step, answers, ctx],
  );

  const methods = useForm<StepDraft>({
    defaultValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const values = useWatch({ control: methods.control }) as StepDraft;
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const { subscribe } = methods;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values: current }) => onChangeRef.current(structuredClone(current)),
      }),
    [subscribe],
  );

  const errors = summariseErrors(methods.formState.errors, (groupId, index) => {
    const group = step.fields.find((field) => field.id === groupId);
    return group?.kind === 'group'
      ? `${localise(group.itemLabel, ctx.language)} ${index + 1}`
      : undefined;
  });
  useEffect(() => onErrorsChange?.(errors.length), [errors.length, onErrorsChange]);

  const lookup = draftLookup(step, values, answers, ctx);
  const shown = visibleFields(step, lookup);

  return (
    <FormProvider {...methods}>
      <form
        noValidate
        onSubmit={methods.handleSubmit(
          () => onSubmit(structuredClone(methods.getValues())),
          () => setAttempt((count) => count + 1),
        )}
      >
        <ErrorSummary errors={errors} attempt={attempt} />
        <fieldset className="step-fieldset" disabled={readOnly}>
          {shown.map((field) =>
            field.kind === 'group' ? (
              <GroupControl
                key={field.id}
                step={step}
                field={field}
                path={[field.id]}
                ctx={ctx}
                answers={answers}
                disabled={readOnly}
              />
            ) : (
              <ScalarControl
                key={field.id}
                field={field}
                path={[field.id]}
                ctx={ctx}
                disabled={readOnly}
              />
            ),
          )}
        </fieldset>
        {readOnly ? null : (
          <div className="button-row">
            <button type="submit" className="button" data-testid="continue">
              {submitLabel}
            </button>
          </div>
        )}
        {readOnly ? <p className="inset">{t('wizard.readOnlyForm')}</p> : null}
      </form>
    </FormProvider>
  );
}
