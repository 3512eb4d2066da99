// The app's entry to content: the registry built once from the bundled files, and guidance
// loaded per step when it is shown.
import type { ContentRegistry } from '@/schemas/content-registry';
import type { LanguageCode } from '@/schemas/ids';
import type { RichText } from '@/schemas/rich-text';
import { buildRegistry, type BuildResult } from './build-registry';
import { jsonFiles, markdownLoaders } from './content-files';
import { guidancePath } from './check-guidance';

let built: BuildResult | undefined;

/** The registry, or the problems that stop it from being built (shown to the user). */
export function loadContent(): BuildResult {
  built ??= buildRegistry(jsonFiles);
  return built;
}

export interface Guidance {
  tree: RichText;
  /** The language the text is in: the one asked for, or English as the fallback. */
  language: LanguageCode;
}

export async function loadGuidance(
  registry: ContentRegistry,
  stepId: string,
  language: LanguageCode,
): Promise<Guidance | undefined> {
  const step = registry.steps[stepId];
  if (!step) return undefined;
  for (const candidate of language === 'en' ? ['en' as const] : [language, 'en' as const]) {
    const load = markdownLoaders[guidancePath(step.phase, stepId, candidate)];
    if (load) return { tree: (await load()).tree, language: candidate };
  }
  return undefined;
}
