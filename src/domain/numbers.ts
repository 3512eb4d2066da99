// Reading and writing numbers the way people type them in their own locale:
// "1 250 000,50" in French, "1,250,000.50" in English, "1.250.000,50" in German.

function separators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

/**
 * Parses a decimal typed in `locale`. Spaces (including no-break spaces) and apostrophes are
 * always read as digit grouping. In a comma-decimal locale a lone "." followed by one or two
 * digits is read as a decimal point, since people often type it that way. Returns null for
 * anything that is not a plain number.
 */
export function parseLocaleDecimal(input: string, locale: string): number | null {
  let text = input.trim().replace(/^€\s*|\s*(€|EUR)$/i, '');
  text = text.replace(/[\s\u00a0\u202f'’]/g, '');
  if (text === '') return null;
  const { decimal } = separators(locale);
  if (decimal === ',') {
    if (!text.includes(',') && /^-?\d+\.\d{1,2}$/.test(text)) {
      // "1250.5" in a comma locale: a decimal point typed the English way.
    } else {
      text = text.replace(/\./g, '').replace(',', '.');
    }
  } else {
    text = text.replace(/,/g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** The number of digits after the decimal point, as typed (1250.5 → 1). */
export function decimalPlaces(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}

export function formatDecimal(value: number, locale: string, grouping: boolean): string {
  return new Intl.NumberFormat(locale, {
    useGrouping: grouping,
    maximumFractionDigits: 10,
  }).format(value);
}

export function formatMoneyInput(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    useGrouping: true,
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value);
}

export function formatEuro(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value);
}

export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    value / 100,
  );
}

/** "2026-03-02" → "2 March 2026" in the locale; the date is read as a calendar day (UTC). */
export function formatIsoDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
