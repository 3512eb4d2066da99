// Public holidays of a member state, from the date-holidays library (its data for every EU
// member state is maintained by its community; we do not type holiday tables by hand). The
// library is large, so it is loaded only when a deadline is computed.
import type { HolidayCheck } from './deadlines';

export interface HolidayCalendar {
  country: string;
  isHoliday: HolidayCheck;
  /** The public holidays of a year, for display and tests. */
  holidaysOf: (year: number) => { date: string; name: string }[];
}

export async function loadHolidayCalendar(countryCode: string): Promise<HolidayCalendar> {
  const { default: Holidays } = await import('date-holidays');
  const country = countryCode.toUpperCase();
  const library = new Holidays();
  if (!(country in library.getCountries()))
    throw new RangeError(`No public holidays are known for "${countryCode}"`);
  library.init(country);
  const years = new Map<number, { date: string; name: string }[]>();
  const holidaysOf = (year: number) => {
    let list = years.get(year);
    if (!list) {
      list = library
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }));
      years.set(year, list);
    }
    return list;
  };
  return {
    country,
    holidaysOf,
    isHoliday: (isoDate) =>
      holidaysOf(Number(isoDate.slice(0, 4))).some((holiday) => holiday.date === isoDate),
  };
}
