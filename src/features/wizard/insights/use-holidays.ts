// The public holidays of the member state whose law governs the procedure (or, before that is
// chosen, the lead authority's), loaded on demand: the holiday library is large.
import { useEffect, useState } from 'react';
import { textAnswer, type AnswersByStep } from '@/domain/answers';
import { bindings } from '@/domain/bindings';
import { leadParty, listParties } from '@/domain/parties';
import { loadHolidayCalendar, type HolidayCalendar } from '@/domain/public-holidays';

export function governingCountry(answers: AnswersByStep): string | undefined {
  return (
    textAnswer(answers, bindings.lawState) ??
    leadParty(answers)?.country ??
    listParties(answers)[0]?.country
  );
}

export type CalendarState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; calendar: HolidayCalendar }
  | { status: 'failed' };

export function useHolidayCalendar(country: string | undefined): CalendarState {
  const [loaded, setLoaded] = useState<{ country: string; state: CalendarState } | undefined>();
  useEffect(() => {
    if (!country) return;
    let current = true;
    loadHolidayCalendar(country).then(
      (calendar) => current && setLoaded({ country, state: { status: 'ready', calendar } }),
      () => current && setLoaded({ country, state: { status: 'failed' } }),
    );
    return () => {
      current = false;
    };
  }, [country]);
  if (!country) return { status: 'none' };
  return loaded?.country === country ? loaded.state : { status: 'loading' };
}
