import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@/cli/main';
import type { Output } from '@/cli/output';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { log: (text) => out.push(text), error: (text) => err.push(text) };
  const code = await main(args, process.cwd(), output);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const json = (text: string) => JSON.parse(text) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'jpp-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('jpp rules', () => {
  it('time-limits: open procedure with electronic submission (Art. 27(4))', async () => {
    const { code, out } = await run(
      'rules',
      'time-limits',
      '--directive',
      '2014/24/EU',
      '--procedure',
      'open',
      '--stage',
      'tenders',
      '--electronic-submission',
    );
    expect(code).toBe(0);
    expect(json(out)).toMatchObject({
      days: 30,
      basis: 'electronic-submission',
      available: true,
      directive: '2014/24/EU',
    });
    expect(out).toContain('Directive 2014/24/EU, Article 27(4)');
  });

  it('time-limits: says the open procedure does not exist under 2009/81', async () => {
    const { code, out } = await run(
      'rules',
      'time-limits',
      '--directive',
      '2009/81/EC',
      '--procedure',
      'open',
      '--stage',
      'tenders',
    );
    expect(code).toBe(0);
    expect(json(out)).toMatchObject({ available: false, days: null });
    expect(out).toContain('has no open procedure');
  });

  it('deadline: the fact sheet’s worked example', async () => {
    const { code, out } = await run(
      'rules',
      'deadline',
      '--sent',
      '2026-03-02',
      '--days',
      '30',
      '--member-state',
      'DE',
    );
    expect(code).toBe(0);
    expect(json(out)).toMatchObject({
      lastDay: '2026-04-01',
      firstDay: '2026-03-03',
      memberState: 'DE',
    });
  });

  it('deadline: moves past an Easter Monday', async () => {
    const { out } = await run(
      'rules',
      'deadline',
      '--sent=2026-03-27',
      '--days=10',
      '--member-state=de',
    );
    expect(json(out)).toMatchObject({
      nominalLastDay: '2026-04-06',
      lastDay: '2026-04-07',
      movedBecause: ['public-holiday'],
    });
  });

  it('thresholds: sub-central supplies below 216 000', async () => {
    const { code, out } = await run(
      'rules',
      'thresholds',
      '--value',
      '200000',
      '--type',
      'supplies',
      '--authority',
      'sub-central',
    );
    expect(code).toBe(0);
    expect(json(out)).toMatchObject({
      threshold: 216_000,
      above: false,
      period: '2026-2027',
      verified: true,
    });
  });

  it('route: a cross-border joint award', async () => {
    const input = file('answers.json', {
      memberStates: ['ro', 'pl'],
      nature: 'neither',
      model: 'joint-procedure',
      contractType: 'supplies',
      estimatedValue: 2_400_000,
    });
    const { code, out } = await run('rules', 'route', '--input', input);
    expect(code).toBe(0);
    const result = json(out);
    expect(result).toMatchObject({
      route: 'art39-joint-award',
      directive: '2014-24',
      crossBorder: true,
    });
    expect(out).toContain('Directive 2014/24/EU, Article 39(4)');
  });

  it('modification: a de minimis change (Art. 72(2))', async () => {
    const input = file('change.json', {
      contract: { type: 'supplies', initialValue: 1_000_000, threshold: 140_000 },
      change: { value: 90_000, substantial: { scopeWidened: true } },
    });
    const { code, out } = await run('rules', 'modification', '--input', input);
    expect(code).toBe(0);
    expect(json(out)).toMatchObject({ outcome: 'allowed' });
  });
});

describe('jpp rules: bad arguments get a clear message and exit 2, never a stack trace', () => {
  it.each<[string[], RegExp]>([
    [
      [
        'rules',
        'time-limits',
        '--directive',
        '2014/24',
        '--procedure',
        'open',
        '--stage',
        'tenders',
      ],
      /--directive must be one of: 2014\/24\/EU, 2009\/81\/EC/,
    ],
    [
      ['rules', 'time-limits', '--directive', '2014/24/EU', '--procedure', 'open'],
      /--stage is required/,
    ],
    [
      [
        'rules',
        'time-limits',
        '--directive',
        '2014/24/EU',
        '--procedure',
        'auction',
        '--stage',
        'tenders',
      ],
      /--procedure must be one of/,
    ],
    [
      [
        'rules',
        'time-limits',
        '--directive',
        '2014/24/EU',
        '--procedure',
        'open',
        '--stage',
        'tenders',
        '--fast',
      ],
      /Unknown option --fast/,
    ],
    [
      ['rules', 'deadline', '--sent', '2026-02-30', '--days', '10', '--member-state', 'RO'],
      /--sent must be a date written YYYY-MM-DD/,
    ],
    [
      ['rules', 'deadline', '--sent', '2026-03-02', '--days', 'ten', '--member-state', 'RO'],
      /--days must be a whole number/,
    ],
    [
      ['rules', 'deadline', '--sent', '2026-03-02', '--days', '10', '--member-state', 'XX'],
      /No public holidays are known for member state "XX"/,
    ],
    [
      ['rules', 'thresholds', '--value', 'a lot', '--type', 'supplies', '--authority', 'central'],
      /--value must be an amount in euros/,
    ],
    [['rules', 'route', '--input', '/nowhere/answers.json'], /Cannot read route input file/],
    [['rules', 'teleport'], /Unknown rule "teleport"/],
    [['rules', 'deadline', '--days'], /--days needs a value/],
  ])('%j', async (args, message) => {
    const { code, err, out } = await run(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
    expect(out).toBe('');
  });

  it('reports an invalid input file with the JSON path', async () => {
    const input = file('bad.json', { memberStates: ['ro'], nature: 'laser' });
    const { code, err } = await run('rules', 'route', '--input', input);
    expect(code).toBe(2);
    expect(err).toMatch(/is not a valid route input:\n\s+nature: /);
  });

  it('reports a file that is not JSON', async () => {
    const { code, err } = await run(
      'rules',
      'modification',
      '--input',
      file('notes.json', 'hello'),
    );
    expect(code).toBe(2);
    expect(err).toMatch(/is not valid JSON/);
  });
});
