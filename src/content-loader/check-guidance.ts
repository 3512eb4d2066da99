// Checks the Markdown guidance: every step has English guidance, and no file uses syntax or
// links the app will not render, or unfinished text.
import type { ContentRegistry } from '@/schemas/content-registry';
import { languageCodes, type LanguageCode } from '@/schemas/ids';
import { PLACEHOLDER_PATTERN } from './build-registry';
import type { ContentProblem } from './content-problem';
import { richTextToPlain, type CompiledMarkdown } from './markdown';

export function guidancePath(phase: string, step: string, language: LanguageCode) {
  return `/content/phases/${phase}/steps/${step}.${language}.md`;
}

export function checkGuidance(
  registry: ContentRegistry,
  markdown: Record<string, CompiledMarkdown>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const step of Object.values(registry.steps)) {
    const path = guidancePath(step.phase, step.id, 'en');
    if (!(path in markdown))
      problems.push({
        file: path.slice(1),
        path: '',
        message: 'Every step needs English guidance next to its JSON file',
      });
  }
  for (const [file, compiled] of Object.entries(markdown)) {
    const name = file.slice(1);
    if (file.startsWith('/content/templates/')) {
      // Template clauses are checked by check-templates.ts; only the shared checks apply here.
      for (const problem of compiled.problems)
        problems.push({
          file: name,
          path: problem.line ? `line ${problem.line}` : '',
          message: problem.message,
        });
      const placeholder = PLACEHOLDER_PATTERN.exec(richTextToPlain(compiled.tree));
      if (placeholder)
        problems.push({
          file: name,
          path: '',
          message: `Unfinished text "${placeholder[0]}" must not reach users`,
        });
      continue;
    }
    const match = /^\/content\/phases\/[^/]+\/steps\/([^/]+)\.([a-z]{2})\.md$/.exec(file);
    if (match) {
      const [, stepId = '', language = ''] = match;
      if (!registry.steps[stepId])
        problems.push({
          file: name,
          path: '',
          message: `There is no step "${stepId}" for this guidance`,
        });
      if (!languageCodes.includes(language as LanguageCode))
        problems.push({
          file: name,
          path: '',
          message: `"${language}" is not an EU language code`,
        });
    }
    for (const problem of compiled.problems)
      problems.push({
        file: name,
        path: problem.line ? `line ${problem.line}` : '',
        message: problem.message,
      });
    const text = richTextToPlain(compiled.tree);
    const placeholder = PLACEHOLDER_PATTERN.exec(text);
    if (placeholder)
      problems.push({
        file: name,
        path: '',
        message: `Unfinished text "${placeholder[0]}" must not reach users`,
      });
    if (text.trim() === '')
      problems.push({ file: name, path: '', message: 'The guidance is empty' });
  }
  return problems;
}
