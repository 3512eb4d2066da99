import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '@/content-loader/build-registry';
import { checkGuidance } from '@/content-loader/check-guidance';
import { jsonFiles, markdownLoaders } from '@/content-loader/content-files';
import { contentJsonSchemas } from '@/content-loader/json-schemas';
import type { CompiledMarkdown } from '@/content-loader/markdown';
import { allBindings } from '@/domain/bindings';
import { phaseIds } from '@/schemas/ids';
import { compileMarkdown } from '../../tools/vite-plugin-markdown';

const real = () => structuredClone(jsonFiles) as Record<string, Record<string, unknown>>;

describe('the real content', () => {
  it('builds without a single problem', () => {
    const { registry, problems } = buildRegistry(jsonFiles);
    expect(problems).toEqual([]);
    expect(registry?.phases.map((phase) => phase.id)).toEqual([...phaseIds]);
  });

  it('has valid English guidance for every step', async () => {
    const { registry } = buildRegistry(jsonFiles);
    const markdown: Record<string, CompiledMarkdown> = {};
    for (const [path, load] of Object.entries(markdownLoaders)) markdown[path] = await load();
    expect(checkGuidance(registry!, markdown)).toEqual([]);
  });

  it('publishes JSON Schemas identical to the zod schemas', () => {
    for (const [file, text] of Object.entries(contentJsonSchemas())) {
      expect(
        readFileSync(`content/schemas/${file}`, 'utf8'),
        `content/schemas/${file} is out of date: run npm run content:schemas`,
      ).toBe(text);
    }
  });

  it('has every field the code reads, with the kind it expects', () => {
    const { registry } = buildRegistry(jsonFiles);
    for (const binding of allBindings) {
      expect(
        registry?.steps[binding.step]?.fields.find((field) => field.id === binding.field)?.kind,
      ).toBe(binding.kind);
    }
  });

  it('cites only articles of acts in the legal acts list', () => {
    const { registry } = buildRegistry(jsonFiles);
    const acts = new Set(registry?.lists['legal-acts']?.options.map((act) => act.id));
    for (const step of Object.values(registry?.steps ?? {}))
      for (const ref of step.why.legal) expect(acts).toContain(ref.act);
  });
});

describe('content problems are named precisely', () => {
  const stepFile = '/content/phases/preparation/steps/scope.json';
  const problemsAfter = (change: (files: Record<string, Record<string, unknown>>) => void) => {
    const files = real();
    change(files);
    return buildRegistry(files).problems;
  };
  const scope = (files: Record<string, Record<string, unknown>>) =>
    files[stepFile] as { fields: Record<string, unknown>[] };

  it('reports a schema error with the file and JSON path', () => {
    expect(problemsAfter((files) => void (scope(files).fields[0]!.kind = 'numbr'))).toEqual([
      expect.objectContaining({
        file: 'content/phases/preparation/steps/scope.json',
        path: 'fields[0].kind',
      }),
    ]);
  });

  it('reports placeholder text', () => {
    expect(
      problemsAfter((files) => void (scope(files).fields[0]!.label = { en: 'TODO: add a label' })),
    ).toContainEqual(
      expect.objectContaining({
        path: 'fields[0].label.en',
        message: expect.stringMatching(/Unfinished text/),
      }),
    );
  });

  it('reports a condition that refers to a field that does not exist', () => {
    expect(
      problemsAfter(
        (files) => void (scope(files).fields[1]!.showIf = { field: 'value-statu', op: 'answered' }),
      ),
    ).toEqual([
      {
        file: 'content/phases/preparation/steps/scope.json',
        path: 'fields[1].showIf',
        message: 'The condition refers to "value-statu", which is not a field of this step',
      },
    ]);
  });

  it('reports a condition that looks at a later step', () => {
    const problems = problemsAfter(
      (files) =>
        void (scope(files).fields[1]!.showIf = {
          field: 'procedure.procedure-2014',
          op: 'answered',
        }),
    );
    expect(problems[0]?.message).toMatch(/comes later in the lifecycle/);
  });

  it('reports an unknown list, an unknown act and a missing required message', () => {
    const problems = problemsAfter((files) => {
      const fields = scope(files).fields;
      fields[3] = { ...fields[3], list: 'no-such-list', options: undefined };
      fields[0]!.legal = [{ act: 'dir-1999-99', article: '1' }];
      delete (fields[0]!.errors as Record<string, unknown>).required;
    });
    expect(problems.map((problem) => problem.message)).toEqual(
      expect.arrayContaining([
        'There is no list content/lists/no-such-list.json',
        'Unknown act "dir-1999-99": add it to content/lists/legal-acts.json',
        expect.stringMatching(/needs its own "errors.required" message/),
      ]),
    );
  });

  it('reports a step missing from its phase and a phase step without a file', () => {
    const scopeIndex = (
      real()['/content/phases/preparation/phase.json'] as { steps: string[] }
    ).steps.indexOf('scope');
    const problems = problemsAfter((files) => {
      const phase = files['/content/phases/preparation/phase.json'] as { steps: string[] };
      phase.steps = phase.steps.map((id) => (id === 'scope' ? 'scope-renamed' : id));
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'content/phases/preparation/steps/scope.json',
          message: expect.stringMatching(/not listed/),
        }),
        expect.objectContaining({
          file: 'content/phases/preparation/phase.json',
          path: `steps[${scopeIndex}]`,
        }),
      ]),
    );
  });

  it('reports a binding the code needs that content renamed', () => {
    const problems = problemsAfter((files) => {
      const step = files['/content/phases/preparation/steps/lead-authority.json'] as {
        fields: { id: string }[];
      };
      step.fields[0]!.id = 'leader';
    });
    expect(problems.map((problem) => problem.message)).toContainEqual(
      expect.stringMatching(/reads "lead-authority.lead-party" as a party question/),
    );
  });
});

describe('Markdown compilation', () => {
  it('keeps the supported subset', () => {
    const { tree, problems } = compileMarkdown(
      '## Title\n\nText with **bold**, *emphasis*, `code` and [a link](https://eur-lex.europa.eu).\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
    );
    expect(problems).toEqual([]);
    expect(tree.map((node) => node.type)).toEqual(['heading', 'paragraph', 'list', 'table']);
  });

  it.each([
    ['raw HTML', '<script>alert(1)</script>', /Raw HTML/],
    ['an inline HTML tag', 'Text <b>bold</b>', /Raw HTML/],
    ['a javascript: link', '[x](javascript:alert(1))', /must start with https/],
    ['a level-1 heading', '# Title', /Use headings ## to ####/],
    ['an image', '![x](https://example.org/x.png)', /"image" is not supported/],
  ])('refuses %s', (_name, source, message) => {
    expect(compileMarkdown(source).problems[0]?.message).toMatch(message);
  });
});
