// The dated milestones of a procedure, from the day the contract notice is sent: requests,
// invitation, the last day to answer questions, tenders, evaluation, standstill, signature and
// the award notice. Minimum periods come from the time-limit rules; the planning periods
// (selection, evaluation) are the buyers group's own estimates.
import type { TimeLimits } from '@/schemas/content/rules-data';
import type { TimeLimitQuery } from '@/schemas/rules-input';
import { addDays, nextWorkingDay, periodEnd, type HolidayCheck } from './deadlines';
import { say, type Said } from './statements';
import { minimumTimeLimit } from './time-limits';

export type MilestoneId =
  | 'notice-sent'
  | 'requests-deadline'
  | 'invitation-sent'
  | 'questions-cutoff'
  | 'tenders-deadline'
  | 'award-decision'
  | 'standstill-end'
  | 'signature'
  | 'award-notice-deadline';

export interface Milestone {
  id: MilestoneId;
  date: string;
  /** Why this date: the rule and its article. */
  because: Said;
}

export interface TimelinePlan {
  query: Omit<TimeLimitQuery, 'stage'>;
  /** The day the contract notice is sent to the Publications Office. */
  noticeSent: string;
  /** Planned days for tenders when longer than the minimum (or when there is no minimum). */
  tenderDays?: number;
  /** Planned days for requests when longer than the minimum. */
  requestDays?: number;
  /** Days from the request deadline to the invitation to tender (selection). */
  selectionDays: number;
  /** Days from the tender deadline to the award decision (evaluation). */
  evaluationDays: number;
  /** How the award decision is sent: electronic means give the shorter standstill. */
  decisionMeans: 'electronic' | 'other';
}

export type Timeline =
  { ok: true; milestones: Milestone[]; says: Said[] } | { ok: false; says: Said[] };

export function planTimeline(
  data: TimeLimits,
  plan: TimelinePlan,
  holidays: HolidayCheck,
): Timeline {
  const says: Said[] = [];
  const tenders = minimumTimeLimit(data, { ...plan.query, stage: 'tenders' });
  if (!tenders.available) return { ok: false, says: tenders.says };
  const requests = minimumTimeLimit(data, { ...plan.query, stage: 'requests' });
  const twoStage = requests.available && requests.days !== null;

  const chosen = (
    minimum: number | null,
    planned: number | undefined,
    stage: string,
  ): number | undefined => {
    if (planned !== undefined && minimum !== null && planned < minimum) {
      says.push(say('timeline-shorter-than-minimum', { stage, planned, minimum }));
      return minimum;
    }
    return planned ?? minimum ?? undefined;
  };

  const milestones: Milestone[] = [
    { id: 'notice-sent', date: plan.noticeSent, because: say('milestone-notice-sent') },
  ];
  let tendersFrom = plan.noticeSent;
  if (twoStage) {
    const days = chosen(requests.days, plan.requestDays, 'requests');
    if (days === undefined)
      return { ok: false, says: [...says, say('timeline-needs-request-days')] };
    const requestsDeadline = periodEnd(plan.noticeSent, days, holidays).lastDay;
    milestones.push({
      id: 'requests-deadline',
      date: requestsDeadline,
      because: say('milestone-requests-deadline', { days }),
    });
    tendersFrom = nextWorkingDay(
      addDays(requestsDeadline, Math.max(1, plan.selectionDays)),
      holidays,
    );
    milestones.push({
      id: 'invitation-sent',
      date: tendersFrom,
      because: say('milestone-invitation-sent', { days: plan.selectionDays }),
    });
  }
  const tenderDays = chosen(tenders.days, plan.tenderDays, 'tenders');
  if (tenderDays === undefined)
    return { ok: false, says: [...says, say('timeline-needs-tender-days')] };
  const tendersDeadline = periodEnd(tendersFrom, tenderDays, holidays).lastDay;
  const answerBefore = plan.query.urgency
    ? data.periods.additionalInformationBeforeUrgent
    : data.periods.additionalInformationBefore;
  milestones.push(
    {
      id: 'questions-cutoff',
      date: addDays(tendersDeadline, -answerBefore),
      because: say('milestone-questions-cutoff', { days: answerBefore }),
    },
    {
      id: 'tenders-deadline',
      date: tendersDeadline,
      because: say('milestone-tenders-deadline', { days: tenderDays }),
    },
  );
  const decision = nextWorkingDay(
    addDays(tendersDeadline, Math.max(1, plan.evaluationDays)),
    holidays,
  );
  milestones.push({
    id: 'award-decision',
    date: decision,
    because: say('milestone-award-decision', { days: plan.evaluationDays }),
  });
  const standstillDays =
    plan.decisionMeans === 'electronic'
      ? data.periods.standstillElectronic
      : data.periods.standstillOtherMeans;
  const standstillEnd = periodEnd(decision, standstillDays, holidays).lastDay;
  milestones.push({
    id: 'standstill-end',
    date: standstillEnd,
    because: say('milestone-standstill-end', { days: standstillDays }),
  });
  const signature = nextWorkingDay(addDays(standstillEnd, 1), holidays);
  milestones.push({ id: 'signature', date: signature, because: say('milestone-signature') });
  const noticeDays = data.periods.awardNotice[plan.query.directive] ?? 30;
  milestones.push({
    id: 'award-notice-deadline',
    date: periodEnd(signature, noticeDays, holidays).lastDay,
    because: say(
      plan.query.directive === '2009-81'
        ? 'milestone-award-notice-defence'
        : 'milestone-award-notice',
      { days: noticeDays },
    ),
  });
  milestones.sort((a, b) => a.date.localeCompare(b.date));
  return {
    ok: true,
    milestones,
    says: [
      ...says,
      ...tenders.says.filter((said) => said.id !== 'time-limit-longer-when-complex'),
      say('time-limit-longer-when-complex'),
    ],
  };
}
