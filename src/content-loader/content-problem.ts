// A problem found in content/, named precisely enough for an editor to fix it.
export interface ContentProblem {
  /** Path from the project root, e.g. "content/phases/preparation/steps/budget.json". */
  file: string;
  /** Where inside the file, e.g. "fields[2].options[0].label.en" ("" for the whole file). */
  path: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.path ? ` at ${problem.path}` : ''}: ${problem.message}`;
}
