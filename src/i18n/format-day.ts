/** Days as History groups versions by them; apart from ./format so the first screen does not load it. */

/**
 * A day with its weekday, "Sunday, 6 December 2026" or «یکشنبه ۱۵ آذر ۱۴۰۵». The Persian is put
 * together from its parts: Intl's full Persian date reads «۱۴۰۵ آذر ۱۵, یکشنبه», with a Latin comma.
 */
export function formatDay(iso: string, language: string): string {
  if (language !== 'fa') return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full' }).format(new Date(iso));
  const parts = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}
