// The end of the standstill period, and the last day to send the contract award notice.
import { choiceAnswer, textAnswer } from '@/domain/answers';
import { bindings } from '@/domain/bindings';
import { addDays, nextWorkingDay, periodEnd } from '@/domain/deadlines';
import { formatIsoDate } from '@/domain/numbers';
import { routeInForce } from '@/domain/route-from-dossier';
import { say } from '@/domain/statements';
import { useI18n } from '@/i18n/i18n-context';
import type { InsightProps } from './insight-context';
import { Sentences } from './sentences';
import { governingCountry, useHolidayCalendar } from './use-holidays';

function Panel({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section
      className="insight"
      aria-labelledby={`insight-${id}-title`}
      data-testid={`insight-${id}`}
    >
      <h2 className="insight__title" id={`insight-${id}-title`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function StandstillInsight({ registry, answers }: InsightProps) {
  const { t, locale } = useI18n();
  const calendar = useHolidayCalendar(governingCountry(answers));
  const sent = textAnswer(answers, bindings.decisionDate);
  const means = choiceAnswer(answers, bindings.decisionMeans);
  const title = t('insight.standstill.title');
  if (!sent || !means)
    return (
      <Panel id="standstill" title={title}>
        <p>{t('insight.standstill.need')}</p>
      </Panel>
    );
  if (calendar.status === 'loading')
    return (
      <Panel id="standstill" title={title}>
        <p>{t('insight.timeline.loadingHolidays')}</p>
      </Panel>
    );
  const holidays = calendar.status === 'ready' ? calendar.calendar.isHoliday : () => false;
  const days =
    means === 'electronic'
      ? registry.rules.timeLimits.periods.standstillElectronic
      : registry.rules.timeLimits.periods.standstillOtherMeans;
  const end = periodEnd(sent, days, holidays).lastDay;
  const signature = nextWorkingDay(addDays(end, 1), holidays);
  return (
    <Panel id="standstill" title={title}>
      <dl className="figures">
        <div>
          <dt>{t('insight.standstill.ends')}</dt>
          <dd>{formatIsoDate(end, locale)}</dd>
        </div>
        <div>
          <dt>{t('insight.standstill.sign')}</dt>
          <dd>
            <strong>{formatIsoDate(signature, locale)}</strong>
          </dd>
        </div>
      </dl>
      <Sentences
        says={[
          say(means === 'electronic' ? 'standstill-electronic' : 'standstill-other-means'),
          say('standstill-exceptions'),
        ]}
        registry={registry}
      />
    </Panel>
  );
}

export function AwardNoticeInsight({ registry, answers }: InsightProps) {
  const { t, locale } = useI18n();
  const calendar = useHolidayCalendar(governingCountry(answers));
  const concluded = textAnswer(answers, bindings.conclusionDate);
  const { directive } = routeInForce(answers, registry.rules.thresholds);
  const title = t('insight.awardNotice.title');
  if (directive === 'none')
    return (
      <Panel id="award-notice-deadline" title={title}>
        <p>{t('insight.awardNotice.outside')}</p>
      </Panel>
    );
  if (!concluded)
    return (
      <Panel id="award-notice-deadline" title={title}>
        <p>{t('insight.awardNotice.need')}</p>
      </Panel>
    );
  if (calendar.status === 'loading')
    return (
      <Panel id="award-notice-deadline" title={title}>
        <p>{t('insight.timeline.loadingHolidays')}</p>
      </Panel>
    );
  const holidays = calendar.status === 'ready' ? calendar.calendar.isHoliday : () => false;
  const days = registry.rules.timeLimits.periods.awardNotice[directive] ?? 30;
  const last = periodEnd(concluded, days, holidays).lastDay;
  return (
    <Panel id="award-notice-deadline" title={title}>
      <dl className="figures">
        <div>
          <dt>{t('insight.awardNotice.last')}</dt>
          <dd>
            <strong>{formatIsoDate(last, locale)}</strong>
          </dd>
        </div>
      </dl>
      <Sentences
        says={[
          say(
            directive === '2009-81' ? 'milestone-award-notice-defence' : 'milestone-award-notice',
            { days },
          ),
        ]}
        registry={registry}
      />
    </Panel>
  );
}
