// Benchmarks printed by `npm run bench`. Each figure is the median of several runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { buildRegistry } from '@/content-loader/build-registry';
import { jsonFiles } from '@/content-loader/content-files';
import { validateStep } from '@/domain/step-schema';
import { parseDossierFile, serializeDossier } from '@/dossier/file';
import { lifecycleMachine } from '@/machines/lifecycle.machine';
import type { Dossier } from '@/schemas/dossier';
import { validStepValues } from '../fixtures/step-values';
import { fieldContext } from '../helpers/field-context';
import { testEnv } from '../helpers/machine';
import { measureBundle } from './bundle-size';
import { benchDocuments } from './documents-bench';

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(label: string, runs: number, work: () => void) {
  work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  console.log(`  ${label.padEnd(58)} ${median(samples).toFixed(2).padStart(9)} ms`);
}

async function timeAsync(label: string, runs: number, work: () => Promise<unknown>) {
  await work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  console.log(`  ${label.padEnd(58)} ${median(samples).toFixed(2).padStart(9)} ms`);
  return median(samples);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** A dossier of a large buyers group: 27 authorities, one per member state. */
function largeDossier(base: Dossier): Dossier {
  const countries = [
    'be',
    'bg',
    'cz',
    'dk',
    'de',
    'ee',
    'ie',
    'gr',
    'es',
    'fr',
    'hr',
    'it',
    'cy',
    'lv',
    'lt',
    'lu',
    'hu',
    'mt',
    'nl',
    'at',
    'pl',
    'pt',
    'ro',
    'si',
    'sk',
    'fi',
    'se',
  ];
  const authorities = countries.map((country, index) => ({
    id: `auth-${country}`,
    name: `Border and coast guard authority ${index + 1} (${country.toUpperCase()})`,
    country,
    'authority-type': 'central-government',
    'contact-role': 'Head of procurement',
  }));
  return {
    ...base,
    answers: {
      ...base.answers,
      'buyers-group': { authorities },
      'partner-needs': {
        needs: authorities.map((authority, index) => ({
          id: `need-${index}`,
          party: authority.id,
          quantity: 10 + index,
          'delivery-site': `Site ${index}`,
          notes: 'x'.repeat(2000),
        })),
      },
    },
  };
}

export async function runBenchmarks(root: string) {
  console.log('\nJPP Toolbox benchmarks (median; machine-dependent, not asserted)\n');

  const bundle = measureBundle(root);
  console.log('Bundle (production build, gzip level 9)');
  console.log(
    `  ${'First page (library): JavaScript loaded without a click'.padEnd(58)} ${kib(bundle.firstPageGzip).padStart(12)}`,
  );
  console.log(
    `  ${'A dossier page, after a reload: all JavaScript it needs'.padEnd(58)} ${kib(bundle.dossierPageGzip).padStart(12)}`,
  );
  console.log('  Largest chunks:');
  for (const chunk of bundle.chunks.slice(0, 8))
    console.log(
      `    ${chunk.file.padEnd(44)} ${kib(chunk.bytes).padStart(11)} raw ${kib(chunk.gzip).padStart(11)} gzip`,
    );

  console.log('\nContent and forms (Node)');
  time('Build and validate the content registry', 20, () => buildRegistry(jsonFiles));
  const registry = buildRegistry(jsonFiles).registry;
  if (!registry) throw new Error('content does not build');
  const answers = {
    'buyers-group': {
      authorities: [
        { id: 'auth-ro', name: 'RO' },
        { id: 'auth-pl', name: 'PL' },
        { id: 'auth-gr', name: 'GR' },
      ],
    },
  };
  const ctx = fieldContext(registry, answers);
  time('Validate every step of the content once', 50, () => {
    for (const [id, step] of Object.entries(registry.steps))
      validateStep(step, validStepValues[id] ?? {}, answers, ctx);
  });

  console.log('\nDossier files (Node)');
  const fixture = parseDossierFile(
    readFileSync(join(root, 'tests/fixtures/dossiers/dossier-v1.json'), 'utf8'),
  );
  if (!fixture.ok) throw new Error('fixture does not load');
  const large = largeDossier(fixture.dossier);
  const text = serializeDossier(large, '0.1.0', '2026-11-26T00:00:00.000Z');
  time(`Import a 27-authority dossier (${kib(text.length)})`, 20, () => parseDossierFile(text));
  time('Export a 27-authority dossier', 20, () =>
    serializeDossier(large, '0.1.0', '2026-11-26T00:00:00.000Z'),
  );

  console.log('\nLifecycle machine (Node)');
  time('Start the machine from a stored dossier', 50, () =>
    createActor(lifecycleMachine, { input: { dossier: large, registry, env: testEnv() } })
      .start()
      .stop(),
  );
  const actor = createActor(lifecycleMachine, {
    input: { dossier: large, registry, env: testEnv() },
  }).start();
  time('Process 100 keystrokes (step.change)', 20, () => {
    for (let key = 0; key < 100; key += 1)
      actor.send({ type: 'step.change', values: { authorities: [] } });
  });
  await benchDocuments(root, registry, timeAsync);
  console.log('');
}
