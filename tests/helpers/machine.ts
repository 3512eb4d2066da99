// Builds lifecycle actors over the real content, with a fixed clock, for machine tests.
import { createActor } from 'xstate';
import { firstPosition } from '@/content-loader/build-registry';
import { createDossier } from '@/dossier/create';
import { lifecycleMachine, type Environment } from '@/machines/lifecycle.machine';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier } from '@/schemas/dossier';
import { messages } from './field-context';

export function testEnv(): Environment {
  let tick = 0;
  // Each call is one second later, so "changed after" comparisons are meaningful.
  return {
    language: 'en',
    locale: 'en-GB',
    messages,
    now: () => new Date(Date.UTC(2026, 10, 26, 9, 0, tick++)).toISOString(),
  };
}

export function newDossier(registry: ContentRegistry): Dossier {
  return createDossier(
    {
      name: 'Test dossier',
      contentVersion: registry.manifest.contentVersion,
      start: firstPosition(registry),
    },
    { id: '11111111-2222-4333-8444-555555555555', now: '2026-11-26T08:00:00.000Z' },
  );
}

export function startActor(
  registry: ContentRegistry,
  dossier = newDossier(registry),
  readOnly = false,
) {
  return createActor(lifecycleMachine, {
    input: { dossier, registry, env: testEnv(), readOnly },
  }).start();
}
