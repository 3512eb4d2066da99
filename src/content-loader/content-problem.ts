// A problem found in content/ (the type lives in schemas/ so every layer can report one).
import type { ContentProblem } from '@/schemas/content-problem';

export type { ContentProblem };

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.path ? ` at ${problem.path}` : ''}: ${problem.message}`;
}
