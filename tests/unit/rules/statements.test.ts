// Every sentence a rule can say has words in content/rules/statements.json, and every statement
// there belongs to a rule (the ids are typed in src/domain/statement-ids.ts).
import { expect, it } from 'vitest';
import { statementIds } from '@/domain/statement-ids';
import { toSentence, say } from '@/domain/statements';
import { rulesData } from '../../helpers/rules-data';

it('the content has words for exactly the statements the rules can say', () => {
  expect(rulesData.statements.statements.map((statement) => statement.id).sort()).toEqual(
    [...statementIds].sort(),
  );
});

it('fills values into a sentence in the reader’s format', () => {
  const sentence = toSentence(
    say('threshold-below', {
      value: { euro: 100_000 },
      threshold: { euro: 140_000 },
      period: '2026-2027',
    }),
    rulesData.statements,
    'en',
    'en-GB',
  );
  expect(sentence.text).toBe(
    'The estimated value, €100,000, is below the EU threshold of €140,000 (2026-2027).',
  );
  expect(sentence.legal).toEqual([
    { act: 'dir-2014-24', article: '4' },
    { act: 'dir-2014-24', article: '5(1)' },
  ]);
});
