import { describe, expect, it } from 'vitest';
import { formatEuro, formatIsoDate, isIsoDate, parseLocaleDecimal } from '@/domain/numbers';

describe('parseLocaleDecimal', () => {
  it.each<[string, string, number | null]>([
    ['en-GB', '1,250,000', 1_250_000],
    ['en-GB', '1250000.50', 1_250_000.5],
    ['en-GB', '€ 1,250', 1250],
    ['en-GB', '1 250 000', 1_250_000],
    ['en-GB', '12abc', null],
    ['en-GB', '1.2.3', null],
    ['en-GB', '', null],
    ['fr-FR', '1 250 000,50', 1_250_000.5],
    ['fr-FR', '1\u202f250\u202f000,50', 1_250_000.5],
    ['fr-FR', '1250.5', 1250.5],
    ['de-DE', '1.250.000,50', 1_250_000.5],
    ['de-DE', '1.250', 1250],
    ['de-DE', '33,33', 33.33],
    ['de-CH', "1'250'000.50", 1_250_000.5],
    ['en-GB', '-5', -5],
  ])('%s "%s" → %s', (locale, input, expected) => {
    expect(parseLocaleDecimal(input, locale)).toBe(expected);
  });
});

it('formats euros in the reader’s locale', () => {
  expect(formatEuro(1_250_000, 'en-GB')).toBe('€1,250,000');
  expect(formatEuro(1_250_000.5, 'fr-FR').replace(/\s/g, ' ')).toBe('1 250 000,50 €');
});

it('formats ISO dates as calendar days, whatever the time zone', () => {
  expect(formatIsoDate('2026-03-02', 'en-GB')).toBe('2 March 2026');
});

it.each([
  ['2026-02-28', true],
  ['2026-02-30', false],
  ['2024-02-29', true],
  ['26-02-28', false],
  ['2026-13-01', false],
])('isIsoDate(%s) is %s', (text, expected) => expect(isIsoDate(text)).toBe(expected));
