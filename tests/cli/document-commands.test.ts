// `jpp validate` and `jpp export`: the exit codes and messages docs/cli.md promises, and files
// that are really the documents asked for.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '@/cli/main';
import type { Output } from '@/cli/output';
import { pdfPages } from '../helpers/pdf-text';

const COMPLETE = 'tests/fixtures/dossiers/complete.json';
const directory = mkdtempSync(join(tmpdir(), 'jpp-cli-'));

function capture(): Output & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: (text) => out.push(text), error: (text) => err.push(text) };
}

async function run(...args: string[]) {
  const output = capture();
  const code = await main(args, process.cwd(), output);
  return { code, out: output.out.join('\n'), err: output.err.join('\n') };
}

describe('jpp validate', () => {
  it('accepts a valid dossier file', async () => {
    const result = await run('validate', COMPLETE);
    expect(result.code).toBe(0);
    expect(result.out).toContain('valid dossier "Thermal cameras for land borders 2027"');
  });

  it('reads an older dossier format and says the app will upgrade it', async () => {
    expect((await run('validate', 'tests/fixtures/dossiers/dossier-v1.json')).code).toBe(0);
  });

  it.each([
    ['not JSON', '{"format": "jpp-toolbox-dossier",', /not valid JSON: the problem is at line 1/],
    ['another format', '{"format": "something-else"}', /its format is "something-else"/],
    ['a missing header', '{"format": "jpp-toolbox-dossier"}', /schemaVersion: is missing/],
  ])('refuses %s with a message and exit code 1', async (what, text, message) => {
    const file = join(directory, `${what.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, text);
    const result = await run('validate', file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
  });

  it('refuses an answer of the wrong shape, naming where it is', async () => {
    const envelope = JSON.parse(readFileSync(COMPLETE, 'utf8')) as {
      dossier: { answers: Record<string, Record<string, unknown>> };
    };
    envelope.dossier.answers.scope = {
      ...envelope.dossier.answers.scope,
      'estimated-value': 'a lot',
    };
    const file = join(directory, 'shape.json');
    writeFileSync(file, JSON.stringify(envelope));
    const result = await run('validate', file);
    expect(result.code).toBe(1);
    expect(result.err).toContain('dossier.answers.scope.estimated-value: expected a number');
  });

  it('says when the file does not exist, and explains its usage', async () => {
    expect(await run('validate', join(directory, 'nowhere.json'))).toMatchObject({
      code: 1,
      err: expect.stringMatching(/no such file/),
    });
    expect((await run('validate')).code).toBe(2);
  });
});

describe('jpp export', () => {
  it('writes a DOCX that holds the agreement', async () => {
    const file = join(directory, 'agreement.docx');
    const result = await run(
      'export',
      COMPLETE,
      '--document',
      'joint-procurement-agreement',
      '--format',
      'docx',
      '--lang',
      'fr',
      '-o',
      file,
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Wrote .*agreement\.docx \(joint-procurement-agreement, docx, fr/);
    const xml =
      (await (
        await JSZip.loadAsync(readFileSync(file))
      )
        .file('word/document.xml')
        ?.async('string')) ?? '';
    expect(xml).toContain('Convention de marché conjoint');
  });

  it('writes a PDF of one authority’s letter of intent, found by its name', async () => {
    const file = join(directory, 'letter.pdf');
    const result = await run(
      'export',
      COMPLETE,
      '--document',
      'letter-of-intent',
      '--format',
      'pdf',
      '--lang',
      'en',
      '--party',
      'komenda główna straży granicznej',
      '-o',
      file,
    );
    expect(result.code).toBe(0);
    const text = (await pdfPages(new Uint8Array(readFileSync(file)))).join(' ');
    expect(text).toContain('Letter of intent');
    expect(text).toContain('Komenda Główna Straży Granicznej');
  });

  it('writes standalone HTML', async () => {
    const file = join(directory, 'mou.html');
    expect(
      (
        await run(
          'export',
          COMPLETE,
          '--document',
          'memorandum-of-understanding',
          '--format',
          'html',
          '--lang',
          'en',
          '-o',
          file,
        )
      ).code,
    ).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Memorandum of understanding');
  });

  it('lists missing values after writing a draft', async () => {
    const envelope = JSON.parse(readFileSync(COMPLETE, 'utf8')) as {
      dossier: { answers: Record<string, unknown> };
    };
    envelope.dossier.answers = { 'buyers-group': envelope.dossier.answers['buyers-group'] };
    const source = join(directory, 'partial.json');
    writeFileSync(source, JSON.stringify(envelope));
    const result = await run(
      'export',
      source,
      '--document',
      'memorandum-of-understanding',
      '--format',
      'html',
      '--lang',
      'en',
      '-o',
      join(directory, 'partial.html'),
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/draft with \d+ missing value\(s\)/);
    expect(result.out).toContain(
      '3.1 Lead authority: lead authority (fill in "Which authority leads the procedure?")',
    );
  });

  it.each([
    [
      ['--document', 'nope', '--format', 'pdf', '--lang', 'en'],
      /--document must be one of: memorandum-of-understanding/,
    ],
    [
      ['--document', 'tender-plan', '--format', 'odt', '--lang', 'en'],
      /--format must be one of: docx, pdf, html/,
    ],
    [
      ['--document', 'tender-plan', '--format', 'pdf', '--lang', 'fr'],
      /--lang for "tender-plan" must be one of: en/,
    ],
    [
      ['--document', 'tender-plan', '--format', 'pdf', '--lang', 'en', '--party', 'x'],
      /--party is only for documents written by one authority/,
    ],
    [
      ['--document', 'letter-of-intent', '--format', 'pdf', '--lang', 'en'],
      /add --party with one of: Inspectoratul/,
    ],
  ])('refuses %j with exit code 2', async (options, message) => {
    const result = await run('export', COMPLETE, ...options, '-o', join(directory, 'x'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('names the authorities when --party matches none', async () => {
    const result = await run(
      'export',
      COMPLETE,
      '--document',
      'letter-of-intent',
      '--format',
      'pdf',
      '--lang',
      'en',
      '--party',
      'Guardia Civil',
      '-o',
      join(directory, 'x.pdf'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('has no authority "Guardia Civil"');
  });
});
