// The `jpp` command line (docs/cli.md). Runs in Node through Vite (bin/jpp.mjs), so it reads
// content/ with the very loader the app uses.
import { buildRegistry } from '@/content-loader/build-registry';
import { jsonFiles } from '@/content-loader/content-files';
import { UsageError } from './args';
import { checkContent, writeSchemas } from './content-command';
import { exportUsage, runExport, runValidate, validateUsage } from './document-commands';
import { consoleOutput, type Output } from './output';
import { rulesUsage, runRules } from './rules-command';

export const usage = `Usage: jpp <command>

Commands:
  content check      Validate every file in content/ and every reference between them
  content schemas    Write the JSON Schemas of content files to content/schemas/
  rules <rule> ...   Run a legal rule and print JSON (jpp rules help)
  validate <file>    Check a dossier file as the app's import does
  export <file> ...  Make a document (DOCX, PDF or HTML) from a dossier file
  help               Show this help`;

function registryOrFail(out: Output) {
  const { registry, problems } = buildRegistry(jsonFiles);
  if (!registry) {
    out.error(`The content has ${problems.length} problem(s); run "jpp content check".`);
    return undefined;
  }
  return registry;
}

export async function main(
  args: string[],
  root: string,
  out: Output = consoleOutput,
): Promise<number> {
  const [command, sub, ...rest] = args;
  try {
    if (command === 'content' && sub === 'check') return await checkContent(root, out);
    if (command === 'content' && sub === 'schemas') return await writeSchemas(root, out);
    if (command === 'rules') {
      if (sub === undefined || sub === 'help' || sub === '--help') {
        out.log(rulesUsage);
        return sub === undefined ? 2 : 0;
      }
      const registry = registryOrFail(out);
      return registry ? await runRules([sub, ...rest], registry, out) : 1;
    }
    if (command === 'validate' || command === 'export') {
      const args = sub === undefined ? [] : [sub, ...rest];
      if (args.length === 0 || args[0] === '--help') {
        out.log(command === 'validate' ? validateUsage : exportUsage);
        return args.length === 0 ? 2 : 0;
      }
      const registry = registryOrFail(out);
      if (!registry) return 1;
      return command === 'validate'
        ? await runValidate(args, registry, out)
        : await runExport(args, root, registry, out);
    }
    if (command === undefined || command === 'help' || command === '--help') {
      out.log(usage);
      return command === undefined ? 2 : 0;
    }
    out.error(`Unknown command "${args.join(' ')}".\n\n${usage}`);
    return 2;
  } catch (error) {
    if (error instanceof UsageError) {
      const help =
        { rules: rulesUsage, validate: validateUsage, export: exportUsage }[command ?? ''] ?? usage;
      out.error(`jpp: ${error.message}\n\n${help}`);
      return 2;
    }
    throw error;
  }
}
