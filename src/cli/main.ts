// The `jpp` command line (docs/cli.md). Runs in Node through Vite (bin/jpp.mjs), so it reads
// content/ with the very loader the app uses.
import { checkContent, writeSchemas } from './content-command';
import { consoleOutput, type Output } from './output';

export const usage = `Usage: jpp <command>

Commands:
  content check      Validate every file in content/ and every reference between them
  content schemas    Write the JSON Schemas of content files to content/schemas/
  help               Show this help`;

export async function main(
  args: string[],
  root: string,
  out: Output = consoleOutput,
): Promise<number> {
  const [command, sub] = args;
  if (command === 'content' && sub === 'check') return checkContent(root, out);
  if (command === 'content' && sub === 'schemas') return writeSchemas(root, out);
  if (command === undefined || command === 'help' || command === '--help') {
    out.log(usage);
    return command === undefined ? 2 : 0;
  }
  out.error(`Unknown command "${args.join(' ')}".\n\n${usage}`);
  return 2;
}
