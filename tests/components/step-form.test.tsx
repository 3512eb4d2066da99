import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { validateStep } from '@/domain/step-schema';
import { StepForm } from '@/features/wizard/step-form';
import type { StepDraft } from '@/schemas/dossier';
import { AnnouncerProvider } from '@/ui/announcer';
import { validStepValues } from '../fixtures/step-values';
import { fieldContext } from '../helpers/field-context';
import { answersBefore } from '../helpers/fixture-answers';
import { realRegistry } from '../helpers/registry';

const registry = realRegistry();

function renderStep(stepId: string, draft?: StepDraft) {
  const step = registry.steps[stepId]!;
  // Every other step's answers, never this step's own, so an empty form starts empty.
  const answers = answersBefore(registry, stepId);
  const onSubmit = vi.fn();
  const onChange = vi.fn();
  render(
    <AnnouncerProvider>
      <StepForm
        step={step}
        answers={answers}
        draft={draft}
        ctx={fieldContext(registry, answers)}
        readOnly={false}
        onChange={onChange}
        onSubmit={onSubmit}
        submitLabel="Save and continue"
      />
    </AnnouncerProvider>,
  );
  return { step, onSubmit, onChange, user: userEvent.setup() };
}

describe.each(Object.keys(registry.steps))('step %s', (stepId) => {
  it('submits its valid answers', async () => {
    const { step, onSubmit, user } = renderStep(stepId, validStepValues[stepId]);
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const submitted = onSubmit.mock.calls[0]?.[0] as StepDraft;
    const answers = answersBefore(registry, stepId);
    expect(validateStep(step, submitted, answers, fieldContext(registry, answers)).success).toBe(
      true,
    );
  });

  it('shows an error summary linked to each field when submitted empty', async () => {
    const { onSubmit, user } = renderStep(stepId);
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('heading', { name: 'There is a problem' }),
    ).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(target, `error link ${link.getAttribute('href')} points at nothing`).not.toBeNull();
    }
    // The summary takes focus in an effect after the errors render; wait for it.
    await waitFor(() => expect(screen.getByRole('alert').parentElement).toHaveFocus());
  });
});

describe('form behaviour', () => {
  it('labels every control and links hints and errors to it', async () => {
    const { user } = renderStep('objectives');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const title = screen.getByRole('textbox', { name: 'Short title of the purchase' });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(
      /For example: Thermal cameras.*Error: Enter a short title for the purchase/,
    );
  });

  it('moves focus to the field when its error link is followed', async () => {
    const { user } = renderStep('objectives');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await user.click(screen.getByRole('link', { name: 'Enter a short title for the purchase' }));
    expect(screen.getByRole('textbox', { name: 'Short title of the purchase' })).toHaveFocus();
  });

  it('reveals a conditional question only when it applies', async () => {
    const { user } = renderStep('objectives');
    expect(
      screen.queryByRole('textbox', { name: 'What is the other reason?' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Another reason' }));
    expect(screen.getByRole('textbox', { name: 'What is the other reason?' })).toBeInTheDocument();
  });

  it('sends every change as a draft', async () => {
    const { onChange, user } = renderStep('objectives');
    await user.type(screen.getByRole('textbox', { name: 'Short title of the purchase' }), 'Radios');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ subject: 'Radios' }));
  });

  it('adds, reorders and removes items of a repeatable group', async () => {
    const { user, onChange } = renderStep('buyers-group');
    expect(screen.getAllByRole('group', { name: /^Authority \d$/ })).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Add another authority' }));
    const items = screen.getAllByRole('group', { name: /^Authority \d$/ });
    expect(items).toHaveLength(3);
    await user.type(
      within(items[2]!).getByRole('textbox', { name: 'Name of the authority' }),
      'Third',
    );
    await user.click(screen.getByRole('button', { name: 'Move up Authority 3' }));
    expect(
      within(screen.getAllByRole('group', { name: /^Authority \d$/ })[1]!).getByRole('textbox', {
        name: 'Name of the authority',
      }),
    ).toHaveValue('Third');
    await user.click(screen.getByRole('button', { name: 'Remove Authority 2' }));
    expect(screen.getAllByRole('group', { name: /^Authority \d$/ })).toHaveLength(2);
    const last = onChange.mock.calls.at(-1)?.[0] as { authorities: { name: string }[] };
    expect(last.authorities.map((item) => item.name)).not.toContain('Third');
  });

  it('offers the authorities of the buyers group in a party question', () => {
    renderStep('lead-authority');
    const group = screen.getByRole('group', { name: 'Lead authority' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.closest('div')?.textContent),
    ).toEqual([
      'Inspectoratul General al Poliției de Frontieră',
      'Komenda Główna Straży Granicznej',
      'Ελληνική Αστυνομία',
    ]);
  });

  it('shows the cross-field error of a group', async () => {
    const values = structuredClone(validStepValues['cost-sharing']!);
    (values.shares as Record<string, string>[])[0]!.share = '50';
    const { user, onSubmit } = renderStep('cost-sharing', values);
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(
      screen.getByRole('link', { name: 'The shares must add up to 100 %. Check each share.' }),
    ).toHaveAttribute('href', '#field-shares');
  });
});
