// The minimum time limits of the chosen procedure and its dated milestones, as a chart, a
// table and an iCalendar file.
import { booleanAnswer, choiceAnswer, numberAnswer, textAnswer } from '@/domain/answers';
import { bindings } from '@/domain/bindings';
import { toICalendar } from '@/domain/icalendar';
import { formatIsoDate } from '@/domain/numbers';
import { routeInForce } from '@/domain/route-from-dossier';
import { localise } from '@/domain/localise';
import { minimumTimeLimit } from '@/domain/time-limits';
import { planTimeline, type Milestone } from '@/domain/timeline';
import { toSentence } from '@/domain/statements';
import { safeFileName } from '@/domain/file-name';
import type { ProcedureId } from '@/schemas/content/rules-data';
import { useI18n } from '@/i18n/i18n-context';
import { downloadFile } from '@/lib/download';
import { nowIso } from '@/lib/ids';
import { LegalCitations } from '@/ui/legal-citations';
import type { InsightProps } from './insight-context';
import { Sentences } from './sentences';
import { TimelineChart } from './timeline-chart';
import { governingCountry, useHolidayCalendar } from './use-holidays';
import { ScrollRegion } from '@/ui/scroll-region';

export function TimelineInsight({ registry, dossier, answers }: InsightProps) {
  const { t, language, locale } = useI18n();
  const { directive } = routeInForce(answers, registry.rules.thresholds);
  const country = governingCountry(answers);
  const calendar = useHolidayCalendar(country);
  const wrap = (body: React.ReactNode) => (
    <section
      className="insight"
      aria-labelledby="insight-timeline-title"
      data-testid="insight-timeline"
    >
      <h2 className="insight__title" id="insight-timeline-title">
        {t('insight.timeline.title')}
      </h2>
      {body}
    </section>
  );
  if (directive === 'none') return wrap(<p>{t('insight.timeline.outside')}</p>);
  const procedure: ProcedureId | undefined =
    directive === '2009-81'
      ? choiceAnswer(answers, bindings.procedure2009)
      : choiceAnswer(answers, bindings.procedure2014);
  if (!procedure) return wrap(<p>{t('insight.timeline.needProcedure')}</p>);

  const query = {
    directive,
    procedure,
    pin: booleanAnswer(answers, bindings.pin) ?? false,
    urgency: booleanAnswer(answers, bindings.urgency) ?? false,
    electronicSubmission: booleanAnswer(answers, bindings.electronicSubmission) ?? false,
    // Notices are drawn up and sent electronically (eForms).
    electronicNotice: true,
    subCentral: booleanAnswer(answers, bindings.subCentralAgreement) ?? false,
  } as const;
  const limits = (['requests', 'tenders'] as const).map((stage) =>
    minimumTimeLimit(registry.rules.timeLimits, { ...query, stage }),
  );
  const noticeDate = textAnswer(answers, bindings.noticeDate);

  const minimums = (
    <>
      <h3 className="insight__subtitle">{t('insight.timeline.minimums')}</h3>
      <dl className="figures">
        {limits
          .filter((limit) => limit.available)
          .map((limit) => (
            <div key={limit.stage}>
              <dt>{t(`insight.timeline.stage.${limit.stage}`)}</dt>
              <dd>
                {limit.days === null
                  ? t('insight.timeline.noMinimum')
                  : t('insight.timeline.days', { days: limit.days })}
              </dd>
            </div>
          ))}
      </dl>
      {limits.flatMap((limit) =>
        // The table's own notes say what a bare number cannot (e.g. "no request stage").
        limit.note ? (
          <p key={`note-${limit.stage}`} className="muted" data-testid="time-limit-note">
            {localise(limit.note, language)}
          </p>
        ) : (
          []
        ),
      )}
      <Sentences
        says={limits
          .flatMap((limit) => limit.says)
          .filter((said, index, all) => all.findIndex((other) => other.id === said.id) === index)}
        registry={registry}
      />
    </>
  );
  if (!noticeDate)
    return wrap(
      <>
        {minimums}
        <p>{t('insight.timeline.needDate')}</p>
      </>,
    );
  if (calendar.status === 'loading')
    return wrap(
      <>
        {minimums}
        <p>{t('insight.timeline.loadingHolidays')}</p>
      </>,
    );

  const holidays = calendar.status === 'ready' ? calendar.calendar.isHoliday : () => false;
  const plan = planTimeline(
    registry.rules.timeLimits,
    {
      query,
      noticeSent: noticeDate,
      requestDays: numberAnswer(answers, bindings.requestDays),
      tenderDays: numberAnswer(answers, bindings.tenderDays),
      selectionDays: numberAnswer(answers, bindings.selectionDays) ?? 14,
      evaluationDays: numberAnswer(answers, bindings.evaluationDays) ?? 30,
      decisionMeans: choiceAnswer(answers, bindings.decisionMeans) ?? 'electronic',
    },
    holidays,
  );
  if (!plan.ok)
    return wrap(
      <>
        {minimums}
        <Sentences says={plan.says} registry={registry} />
      </>,
    );

  const label = (id: Milestone['id']) => t(`milestone.${id}`);
  const download = () => {
    const events = plan.milestones.map((milestone) => ({
      uid: `${dossier.id}-${milestone.id}@jpp-toolbox`,
      date: milestone.date,
      summary: `${label(milestone.id)} – ${dossier.name}`,
      description: toSentence(milestone.because, registry.rules.statements, language, locale).text,
    }));
    downloadFile(
      safeFileName(`${dossier.name} timeline`, 'ics'),
      toICalendar(events, { calendarName: dossier.name, now: nowIso() }),
      'text/calendar',
    );
  };

  return wrap(
    <>
      {minimums}
      <h3 className="insight__subtitle">{t('insight.timeline.milestones')}</h3>
      <p className="muted">
        {calendar.status === 'ready'
          ? t('insight.timeline.holidaysOf', { country: country?.toUpperCase() ?? '' })
          : t('insight.timeline.noHolidays')}
      </p>
      <div className="chart-scroll">
        <TimelineChart
          milestones={plan.milestones}
          labels={label}
          title={t('insight.timeline.chart')}
          locale={locale}
        />
      </div>
      <ScrollRegion label={t('insight.timeline.milestones')}>
        <table className="milestones">
          <caption className="visually-hidden">{t('insight.timeline.milestones')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insight.timeline.date')}</th>
              <th scope="col">{t('insight.timeline.milestone')}</th>
              <th scope="col">{t('insight.timeline.why')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.milestones.map((milestone) => {
              const sentence = toSentence(
                milestone.because,
                registry.rules.statements,
                language,
                locale,
              );
              return (
                <tr key={milestone.id}>
                  <td className="nowrap">{formatIsoDate(milestone.date, locale)}</td>
                  <th scope="row">{label(milestone.id)}</th>
                  <td>
                    {sentence.text}
                    <LegalCitations refs={sentence.legal} registry={registry} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <Sentences
        says={plan.says.filter(
          (said) => !limits.some((limit) => limit.says.some((other) => other.id === said.id)),
        )}
        registry={registry}
      />
      <div className="button-row button-row--small">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={download}
          data-testid="download-ics"
        >
          {t('insight.timeline.download')}
        </button>
      </div>
    </>,
  );
}
