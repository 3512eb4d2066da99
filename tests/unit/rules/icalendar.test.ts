import { expect, it } from 'vitest';
import { foldLine, toICalendar } from '@/domain/icalendar';

it('writes all-day events with escaped text and CRLF line endings (RFC 5545)', () => {
  const text = toICalendar(
    [
      {
        uid: 'tenders@jpp',
        date: '2026-04-01',
        summary: 'Last day for tenders; Lot 1, cameras',
        description: 'Line one\nLine two',
      },
    ],
    { calendarName: 'Thermal cameras', now: '2026-11-26T09:30:00.000Z' },
  );
  expect(text).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
  expect(text).toContain('DTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260402');
  expect(text).toContain('SUMMARY:Last day for tenders\\; Lot 1\\, cameras');
  expect(text).toContain('DESCRIPTION:Line one\\nLine two');
  expect(text).toContain('DTSTAMP:20261126T093000Z');
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
});

it('folds long lines at 75 octets without splitting a character', () => {
  const line = `SUMMARY:${'Ελληνική Αστυνομία '.repeat(10)}`;
  const folded = foldLine(line);
  for (const part of folded.split('\r\n'))
    expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  expect(folded.replace(/\r\n /g, '')).toBe(line);
});
