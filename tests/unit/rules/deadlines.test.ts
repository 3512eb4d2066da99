// Regulation (EEC, Euratom) No 1182/71, Article 3, with the public holidays of member states.
import { describe, expect, it } from 'vitest';
import { periodEnd } from '@/domain/deadlines';
import { loadHolidayCalendar } from '@/domain/public-holidays';

describe('counting periods', () => {
  it.each<[string, string, number, string, string]>([
    [
      'Fact sheet §3.2 worked example: sent Mon 2 Mar 2026 + 30 days → Wed 1 Apr 2026',
      '2026-03-02',
      30,
      'de',
      '2026-04-01',
    ],
    [
      'Art. 3(1): the day of dispatch is not counted: sent Thu 1 Jan + 1 day → Fri 2 Jan',
      '2026-01-01',
      1,
      'ro',
      '2026-01-02',
    ],
    ['Art. 3(4): ending on a Saturday → Monday', '2026-03-04', 10, 'de', '2026-03-16'],
    ['Art. 3(4): ending on a Sunday → Monday', '2026-03-05', 10, 'de', '2026-03-16'],
    [
      'Art. 3(4): ending on Easter Monday in Germany → Tuesday',
      '2026-03-27',
      10,
      'de',
      '2026-04-07',
    ],
    [
      'Art. 3(4): ending on Good Friday in Romania (Orthodox, 10 Apr 2026) → Tuesday after Easter Monday',
      '2026-03-31',
      10,
      'ro',
      '2026-04-14',
    ],
    [
      'Art. 3(4): ending on Christmas Day in Poland → Monday 28 Dec',
      '2026-12-15',
      10,
      'pl',
      '2026-12-28',
    ],
    [
      'Art. 3(4): 1 December is a holiday in Romania, not in Poland',
      '2026-11-21',
      10,
      'ro',
      '2026-12-02',
    ],
    ['…the same period in Poland ends on 1 December', '2026-11-21', 10, 'pl', '2026-12-01'],
    ['Art. 3(3): weekends inside the period count', '2026-03-02', 14, 'fr', '2026-03-16'],
  ])('%s', async (_rule, sent, days, country, expected) => {
    const calendar = await loadHolidayCalendar(country);
    expect(periodEnd(sent, days, calendar.isHoliday).lastDay).toBe(expected);
  });

  it('Art. 3(5): a period of two days or more includes at least two working days', () => {
    // Sent Thursday 24 Dec 2026; two days end Saturday 26 Dec; in a country where 25 and 26
    // December are holidays the period ends Monday 28, which gives only one working day (28),
    // so it runs to Tuesday 29.
    const holidays = new Set(['2026-12-25', '2026-12-26']);
    const result = periodEnd('2026-12-24', 2, (day) => holidays.has(day));
    expect(result.lastDay).toBe('2026-12-29');
    expect(result.movedBecause).toEqual(['saturday', 'sunday', 'two-working-days']);
  });

  it('says why a last day moved', async () => {
    const calendar = await loadHolidayCalendar('de');
    expect(periodEnd('2026-03-27', 10, calendar.isHoliday).movedBecause).toEqual([
      'public-holiday',
    ]);
  });

  it('refuses a period of zero days', () => {
    expect(() => periodEnd('2026-03-02', 0)).toThrow(RangeError);
  });

  it('knows the public holidays of every EU member state', async () => {
    const members = [
      'at',
      'be',
      'bg',
      'cy',
      'cz',
      'de',
      'dk',
      'ee',
      'es',
      'fi',
      'fr',
      'gr',
      'hr',
      'hu',
      'ie',
      'it',
      'lt',
      'lu',
      'lv',
      'mt',
      'nl',
      'pl',
      'pt',
      'ro',
      'se',
      'si',
      'sk',
    ];
    for (const country of members) {
      const calendar = await loadHolidayCalendar(country);
      expect(calendar.holidaysOf(2026).length, country).toBeGreaterThan(5);
    }
  });

  it('refuses an unknown country', async () => {
    await expect(loadHolidayCalendar('xx')).rejects.toThrow(/No public holidays/);
  });
});
