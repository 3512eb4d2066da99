// tests/fixtures/dossiers/complete.json is the complete dossier the CLI and end-to-end tests
// export documents from. It is generated from the step fixtures; this test fails when the two
// drift apart. Regenerate with: UPDATE_FIXTURES=1 npx vitest run tests/dossier/complete-fixture.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAnswerShapes } from '@/domain/answer-shapes';
import { readDossierText } from '@/dossier/read-dossier';
import { serializeDossier } from '@/dossier/file';
import { completeDossier } from '../helpers/complete-dossier';
import { realRegistry } from '../helpers/registry';

const FILE = 'tests/fixtures/dossiers/complete.json';

describe('the complete dossier fixture', () => {
  const registry = realRegistry();
  const text = serializeDossier(completeDossier(registry), '0.1.0', '2026-11-25T16:45:00.000Z');

  it('answers every step of the content', () => {
    const dossier = completeDossier(registry);
    const unanswered = registry.phases
      .flatMap((phase) => phase.steps)
      .filter((step) => !dossier.answers[step]);
    expect(unanswered).toEqual([]);
    expect(checkAnswerShapes(dossier, registry)).toEqual([]);
  });

  it('is up to date and imports as it is', () => {
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(FILE, text);
    const stored = readFileSync(FILE, 'utf8');
    expect(stored).toBe(text);
    expect(readDossierText(stored, stored.length, registry).ok).toBe(true);
  });
});
