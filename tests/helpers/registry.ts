// The real content registry, built by the app's own loader (import.meta.glob under Vitest).
import { loadContent } from '@/content-loader/registry';

export function realRegistry() {
  const { registry, problems } = loadContent();
  if (!registry) throw new Error(`Content problems: ${JSON.stringify(problems, null, 2)}`);
  return registry;
}
