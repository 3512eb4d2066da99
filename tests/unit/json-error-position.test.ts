import { expect, it } from 'vitest';
import { jsonErrorOffset } from '@/dossier/json-error-position';

it.each<[string, number | undefined]>([
  ['{"a": 1}', undefined],
  ['[1, [2, {"b": [true, false, null]}], "x\\u00e9\\n"]', undefined],
  ['  {"a": {}} ', undefined],
  ['[]', undefined],
  ['{"a": }', 6],
  ['{"a" 1}', 5],
  ['{"a": 1,}', 8],
  ['[1, 2', 5],
  ['{"a": "unterminated', 6],
  ['{"a": tru}', 6],
  ['{"a": 01}', 7],
  ['{} {}', 3],
  ['hello', 0],
  ['{"a": "\\x"}', 7],
  [`${'['.repeat(100_000)}`, 100_000],
])('%s', (text, expected) => {
  if (expected === undefined) expect(() => JSON.parse(text)).not.toThrow();
  else expect(() => JSON.parse(text)).toThrow();
  expect(jsonErrorOffset(text)).toBe(expected);
});
