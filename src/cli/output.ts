// Where the command line writes; tests pass their own to read what was printed.
export interface Output {
  log: (text: string) => void;
  error: (text: string) => void;
}

export const consoleOutput: Output = {
  log: (text) => process.stdout.write(`${text}\n`),
  error: (text) => process.stderr.write(`${text}\n`),
};
