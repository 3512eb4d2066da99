// Dates of deadlines, counted as Regulation (EEC, Euratom) No 1182/71 says: the day of the event
// (for example the day a notice is sent) is not counted (Article 3(1)); the period then runs for
// the stated number of calendar days, weekends and holidays included (Article 3(3)); if its last
// day is a Saturday, a Sunday or a public holiday it ends at the end of the next working day
// (Article 3(4)); and a period of two days or more includes at least two working days
// (Article 3(5)). Public holidays are those of the member state concerned: the caller passes them.

/** Is this calendar day (YYYY-MM-DD) a public holiday where the act is done? */
export type HolidayCheck = (isoDate: string) => boolean;

export const noHolidays: HolidayCheck = () => false;

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function weekday(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

export const isWeekend = (isoDate: string) => weekday(isoDate) === 0 || weekday(isoDate) === 6;

export function isWorkingDay(isoDate: string, holidays: HolidayCheck): boolean {
  return !isWeekend(isoDate) && !holidays(isoDate);
}

export function nextWorkingDay(isoDate: string, holidays: HolidayCheck): string {
  let day = isoDate;
  while (!isWorkingDay(day, holidays)) day = addDays(day, 1);
  return day;
}

export interface Deadline {
  /** The event's day, which is not counted. */
  event: string;
  /** The first day counted. */
  firstDay: string;
  /** The last day before any adjustment. */
  nominalLastDay: string;
  /** The period ends at the end of this day. */
  lastDay: string;
  /** Why lastDay differs from nominalLastDay. */
  movedBecause: ('saturday' | 'sunday' | 'public-holiday' | 'two-working-days')[];
  days: number;
}

/** The last day of a period of `days` calendar days that starts the day after `event`. */
export function periodEnd(
  event: string,
  days: number,
  holidays: HolidayCheck = noHolidays,
): Deadline {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError('A period is a whole number of days, at least 1');
  const firstDay = addDays(event, 1);
  const nominalLastDay = addDays(event, days);
  const movedBecause: Deadline['movedBecause'] = [];
  let lastDay = nominalLastDay;
  while (!isWorkingDay(lastDay, holidays)) {
    const reason =
      weekday(lastDay) === 6 ? 'saturday' : weekday(lastDay) === 0 ? 'sunday' : 'public-holiday';
    if (!movedBecause.includes(reason)) movedBecause.push(reason);
    lastDay = addDays(lastDay, 1);
  }
  if (days >= 2) {
    const workingDays = () => {
      let count = 0;
      for (let day = firstDay; day <= lastDay; day = addDays(day, 1))
        if (isWorkingDay(day, holidays)) count += 1;
      return count;
    };
    while (workingDays() < 2) {
      lastDay = nextWorkingDay(addDays(lastDay, 1), holidays);
      if (!movedBecause.includes('two-working-days')) movedBecause.push('two-working-days');
    }
  }
  return { event, firstDay, nominalLastDay, lastDay, movedBecause, days };
}
