/**
 * Whole numbers written as `Intl.NumberFormat` writes them in the languages Boom is in, without
 * it: a page's first `Intl.NumberFormat` loads the browser's number data (20–35 ms in Chromium),
 * in the way of every canvas's first screen, which writes how many notes it and each block hold.
 * A test holds this to Intl's own output; anything else (a fraction, a negative number, another
 * language) is left to Intl.
 */
const WRITING: Readonly<Record<string, { zero: number; group: string }>> = {
  en: { zero: 0x30, group: ',' },
  // Persian digits, grouped by the Arabic thousands separator.
  fa: { zero: 0x6f0, group: '\u066c' },
};

/** `value` in `language`'s digits, grouped by thousands; null when Intl is to write it. */
export function formatWholeNumber(language: string, value: number): string | null {
  const writing = WRITING[language];
  if (!writing || !Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) return null;
  const digits = String(value);
  let text = '';
  for (let index = 0; index < digits.length; index += 1) {
    if (index > 0 && (digits.length - index) % 3 === 0) text += writing.group;
    text += String.fromCharCode(writing.zero + digits.charCodeAt(index) - 0x30);
  }
  return text;
}
