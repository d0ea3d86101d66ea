/**
 * Dates as the reader writes them: in Persian, the Persian (Solar Hijri) calendar with Persian
 * digits; in English, the day-month-year order. All through Intl.
 */
export function formatDateTime(iso: string, language: string): string {
  const locale = language === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
