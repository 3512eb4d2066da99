// `jpp rules …`: the legal rules on the command line, printing JSON, for legal experts who want
// to check them and for batch use (docs/cli.md).
import { readFile } from 'node:fs/promises';
import type * as z from 'zod';
import { periodEnd } from '@/domain/deadlines';
import { formatCitation } from '@/domain/legal-references';
import { adviseRoute } from '@/domain/legal-route';
import { checkModification } from '@/domain/modification';
import { loadHolidayCalendar } from '@/domain/public-holidays';
import { toSentence, type Said } from '@/domain/statements';
import { checkThreshold } from '@/domain/thresholds';
import { minimumTimeLimit } from '@/domain/time-limits';
import { formatJsonPath } from '@/domain/json-path';
import type { ContentRegistry } from '@/schemas/content-registry';
import { procedureIds } from '@/schemas/content/rules-data';
import { modificationInputSchema, routeInputSchema } from '@/schemas/rules-input';
import { isoDate, oneOf, parseArgs, UsageError, wholeNumber } from './args';
import type { Output } from './output';

const DIRECTIVES = { '2014/24/EU': '2014-24', '2009/81/EC': '2009-81' } as const;

export const rulesUsage = `Usage: jpp rules <rule> [options]   (prints JSON)

  time-limits   --directive 2014/24/EU|2009/81/EC --procedure <id> --stage requests|tenders
                [--pin] [--urgency] [--electronic-submission] [--electronic-notice] [--sub-central]
                procedures: ${procedureIds.join(', ')}
  deadline      --sent YYYY-MM-DD --days N --member-state XX
  thresholds    --value N --type supplies|services|works --authority central|sub-central|defence
                [--period 2026-2027|2024-2025|YYYY-MM-DD]
  route         --input answers.json
  modification  --input change.json`;

function sentences(says: Said[], registry: ContentRegistry) {
  const words = { article: (article: string) => `Article ${article}` };
  return says.map((said) => {
    const sentence = toSentence(said, registry.rules.statements, 'en');
    return {
      id: sentence.id,
      text: sentence.text,
      legal: sentence.legal.map((ref) => formatCitation(ref, registry, 'en', words)),
      ...(sentence.unverified ? { unverified: true } : {}),
    };
  });
}

async function readJson<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`Cannot read ${what} file "${path}"`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`${path} is not valid JSON`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue) => `  ${formatJsonPath(issue.path) || '(top level)'}: ${issue.message}`,
    );
    throw new UsageError(`${path} is not a valid ${what}:\n${issues.join('\n')}`);
  }
  return result.data;
}

export async function runRules(
  args: string[],
  registry: ContentRegistry,
  out: Output,
): Promise<number> {
  const [rule, ...rest] = args;
  const print = (value: unknown) => out.log(JSON.stringify(value, null, 2));
  switch (rule) {
    case 'time-limits': {
      const { values, flags } = parseArgs(rest, {
        values: ['directive', 'procedure', 'stage'],
        flags: ['pin', 'urgency', 'electronic-submission', 'electronic-notice', 'sub-central'],
        required: ['directive', 'procedure', 'stage'],
      });
      const directiveName = oneOf(
        'directive',
        values.directive ?? '',
        Object.keys(DIRECTIVES) as (keyof typeof DIRECTIVES)[],
      );
      const result = minimumTimeLimit(registry.rules.timeLimits, {
        directive: DIRECTIVES[directiveName],
        procedure: oneOf('procedure', values.procedure ?? '', procedureIds),
        stage: oneOf('stage', values.stage ?? '', ['requests', 'tenders'] as const),
        pin: flags.has('pin'),
        urgency: flags.has('urgency'),
        electronicSubmission: flags.has('electronic-submission'),
        electronicNotice: flags.has('electronic-notice'),
        subCentral: flags.has('sub-central'),
      });
      const { says, legal, note, ...rest2 } = result;
      print({
        ...rest2,
        ...(note ? { note: note.en } : {}),
        directive: directiveName,
        legal: legal.map((ref) =>
          formatCitation(ref, registry, 'en', { article: (article) => `Article ${article}` }),
        ),
        explanation: sentences(says, registry),
      });
      return 0;
    }
    case 'deadline': {
      const { values } = parseArgs(rest, {
        values: ['sent', 'days', 'member-state'],
        required: ['sent', 'days', 'member-state'],
      });
      const sent = isoDate('sent', values.sent ?? '');
      const days = wholeNumber('days', values.days ?? '', 1, 3650);
      const country = values['member-state'] ?? '';
      if (!/^[A-Za-z]{2}$/.test(country))
        throw new UsageError('--member-state must be a two-letter country code, e.g. RO');
      const calendar = await loadHolidayCalendar(country).catch(() => {
        throw new UsageError(`No public holidays are known for member state "${country}"`);
      });
      const result = periodEnd(sent, days, calendar.isHoliday);
      const holidays = calendar
        .holidaysOf(Number(result.nominalLastDay.slice(0, 4)))
        .filter((holiday) => holiday.date >= result.firstDay && holiday.date <= result.lastDay);
      print({
        ...result,
        memberState: calendar.country,
        meaning: `The period ends at the end of ${result.lastDay}.`,
        publicHolidaysInPeriod: holidays,
        rule: 'Regulation (EEC, Euratom) No 1182/71, Article 3(1), (3), (4) and (5)',
      });
      return 0;
    }
    case 'thresholds': {
      const { values } = parseArgs(rest, {
        values: ['value', 'type', 'authority', 'period'],
        required: ['value', 'type', 'authority'],
      });
      const value = Number(values.value);
      if (!/^\d+(\.\d{1,2})?$/.test(values.value ?? '') || !Number.isFinite(value))
        throw new UsageError(
          `--value must be an amount in euros, like 250000 (got "${values.value}")`,
        );
      const result = checkThreshold(registry.rules.thresholds, {
        value,
        contract: oneOf('type', values.type ?? '', ['supplies', 'services', 'works'] as const),
        buyer: oneOf('authority', values.authority ?? '', [
          'central',
          'sub-central',
          'defence',
        ] as const),
        period: values.period,
      });
      if (!result.ok) {
        out.error(
          sentences(result.says, registry)
            .map((sentence) => sentence.text)
            .join('\n'),
        );
        return 1;
      }
      const { says, row, ...rest2 } = result;
      print({ ...rest2, source: row.source, explanation: sentences(says, registry) });
      return 0;
    }
    case 'route': {
      const { values } = parseArgs(rest, { values: ['input'], required: ['input'] });
      const input = await readJson(values.input ?? '', routeInputSchema, 'route input');
      const advice = adviseRoute(input, registry.rules.thresholds);
      const label = (id: string) =>
        registry.lists['legal-routes']?.options.find((option) => option.id === id)?.label.en ?? id;
      print({
        route: advice.route,
        routeName: label(advice.route),
        directive: advice.directive,
        crossBorder: advice.crossBorder,
        reasons: sentences(advice.reasons, registry),
        warnings: sentences(advice.warnings, registry),
        alternatives: advice.alternatives.map((alternative) => ({
          route: alternative.route,
          routeName: label(alternative.route),
          because: sentences([alternative.because], registry)[0],
        })),
        ...(advice.threshold?.ok
          ? {
              threshold: {
                period: advice.threshold.period,
                threshold: advice.threshold.threshold,
                value: advice.threshold.value,
                above: advice.threshold.above,
              },
            }
          : {}),
      });
      return 0;
    }
    case 'modification': {
      const { values } = parseArgs(rest, { values: ['input'], required: ['input'] });
      const input = await readJson(values.input ?? '', modificationInputSchema, 'modification');
      const verdict = checkModification(input);
      print({
        outcome: verdict.outcome,
        referenceValue: verdict.referenceValue,
        netCumulative: verdict.netCumulative,
        conclusion: sentences(verdict.says, registry),
        grounds: verdict.grounds.map((ground) => ({
          ground: ground.ground,
          applies: ground.applies,
          reasons: sentences(ground.says, registry),
        })),
      });
      return 0;
    }
    default:
      throw new UsageError(rule ? `Unknown rule "${rule}".` : 'Name a rule.');
  }
}
