/**
 * Dates as the reader writes them: in Persian, the Persian (Solar Hijri) calendar with Persian
 * digits; in English, the day-month-year order. All through Intl.
 */
export function formatDateTime(iso: string, language: string): string {
  const locale = language === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A size in bytes as a person reads it (KB or MB), in the reader's digits. */
export function formatBytes(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes, 1) / 1000, 'kilobyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(value);
}

/**
 * Keeps user text (a title, a file name) whole inside a sentence of the other direction: a Latin
 * file name in a Persian message, or a Persian title in an English one.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * "A, B and C" in the reader's language. Intl's Persian pattern puts a comma before «و» («الف،
 * ب، و ج») with stray direction marks; Persian writing has «الف، ب و ج», so Persian is joined here.
 */
export function formatList(items: readonly string[], language: string): string {
  if (language !== 'fa' || items.length < 2) return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  return `${items.slice(0, -1).join('، ')} و ${items[items.length - 1]}`;
}

/** A countdown as a clock, "04:05", in the reader's digits (rounded up: "00:01" until it is over). */
export function formatClock(milliseconds: number, language: string): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  const two = new Intl.NumberFormat(language, { minimumIntegerDigits: 2, useGrouping: false });
  return `${two.format(Math.floor(seconds / 60))}:${two.format(seconds % 60)}`;
}
