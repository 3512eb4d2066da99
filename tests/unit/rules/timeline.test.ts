import { expect, it } from 'vitest';
import { planTimeline } from '@/domain/timeline';
import { loadHolidayCalendar } from '@/domain/public-holidays';
import { rulesData } from '../../helpers/rules-data';

it('plans an open procedure under 2014/24 with Romanian holidays', async () => {
  const calendar = await loadHolidayCalendar('ro');
  const timeline = planTimeline(
    rulesData.timeLimits,
    {
      query: { directive: '2014-24', procedure: 'open', electronicSubmission: true },
      noticeSent: '2026-03-02',
      selectionDays: 0,
      evaluationDays: 30,
      decisionMeans: 'electronic',
    },
    calendar.isHoliday,
  );
  expect(timeline.ok).toBe(true);
  if (!timeline.ok) return;
  const dates = Object.fromEntries(
    timeline.milestones.map((milestone) => [milestone.id, milestone.date]),
  );
  expect(dates).toEqual({
    'notice-sent': '2026-03-02',
    // Art. 27(4): 30 days from 3 March → 1 April (a Wednesday).
    'tenders-deadline': '2026-04-01',
    // Art. 53(2): additional information no later than 6 days before.
    'questions-cutoff': '2026-03-26',
    // 30 days of evaluation → 1 May is Labour Day in Romania → Monday 4 May.
    'award-decision': '2026-05-04',
    // 89/665 Art. 2a(2): 10 days from 5 May → 14 May.
    'standstill-end': '2026-05-14',
    signature: '2026-05-15',
    // Art. 50(1): 30 days from 16 May → 14 June, a Sunday → 15 June.
    'award-notice-deadline': '2026-06-15',
  });
});

it('plans a restricted procedure in two stages and keeps planned periods above the minimum', () => {
  const timeline = planTimeline(
    rulesData.timeLimits,
    {
      query: { directive: '2014-24', procedure: 'restricted' },
      noticeSent: '2026-03-02',
      tenderDays: 20,
      selectionDays: 14,
      evaluationDays: 21,
      decisionMeans: 'other',
    },
    () => false,
  );
  expect(timeline.ok).toBe(true);
  if (!timeline.ok) return;
  expect(timeline.milestones.map((milestone) => milestone.id)).toEqual([
    'notice-sent',
    'requests-deadline',
    'invitation-sent',
    'questions-cutoff',
    'tenders-deadline',
    'award-decision',
    'standstill-end',
    'signature',
    'award-notice-deadline',
  ]);
  expect(timeline.says.map((said) => said.id)).toContain('timeline-shorter-than-minimum');
  const dates = Object.fromEntries(
    timeline.milestones.map((milestone) => [milestone.id, milestone.date]),
  );
  expect(dates['requests-deadline']).toBe('2026-04-01');
  expect(dates['invitation-sent']).toBe('2026-04-15');
  // 30 days minimum from 15 April → 15 May (Friday).
  expect(dates['tenders-deadline']).toBe('2026-05-15');
});

it('needs planned days when the directive sets no minimum for tenders', () => {
  const timeline = planTimeline(
    rulesData.timeLimits,
    {
      query: { directive: '2014-24', procedure: 'competitive-dialogue' },
      noticeSent: '2026-03-02',
      selectionDays: 10,
      evaluationDays: 10,
      decisionMeans: 'electronic',
    },
    () => false,
  );
  expect(timeline).toMatchObject({ ok: false });
});

it('refuses a procedure the directive does not have', () => {
  const timeline = planTimeline(
    rulesData.timeLimits,
    {
      query: { directive: '2009-81', procedure: 'open' },
      noticeSent: '2026-03-02',
      selectionDays: 10,
      evaluationDays: 10,
      decisionMeans: 'electronic',
    },
    () => false,
  );
  expect(timeline).toMatchObject({ ok: false, says: [{ id: 'time-limit-not-available' }] });
});
