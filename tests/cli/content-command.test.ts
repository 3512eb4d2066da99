import { describe, expect, it } from 'vitest';
import { main } from '@/cli/main';
import type { Output } from '@/cli/output';

function capture(): Output & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: (text) => out.push(text), error: (text) => err.push(text) };
}

describe('jpp command line', () => {
  it('content check passes on the real content and says what it checked', async () => {
    const output = capture();
    expect(await main(['content', 'check'], process.cwd(), output)).toBe(0);
    expect(output.out.join('\n')).toMatch(/content:check passed: 6 phases, \d+ steps/);
  });

  it('explains an unknown command and exits with 2', async () => {
    const output = capture();
    expect(await main(['frobnicate'], process.cwd(), output)).toBe(2);
    expect(output.err.join('\n')).toMatch(/Unknown command "frobnicate"[\s\S]*Usage: jpp/);
  });

  it('prints help', async () => {
    const output = capture();
    expect(await main(['help'], process.cwd(), output)).toBe(0);
    expect(output.out.join('\n')).toMatch(/content check/);
  });
});
