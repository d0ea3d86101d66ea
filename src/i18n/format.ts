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

const EMBEDDING_OPENERS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202C';
const POP_ISOLATE = '\u2069';

/**
 * User text with its directional controls balanced: a closer with nothing to close is dropped,
 * and whatever is left open is closed at the end (as UAX #9 pairs them). Put inside an isolate, it
 * then cannot close that isolate early and reorder the sentence around it (a file named
 * `report\u2069\u202Enosj.exe`); the user's own, well-formed controls are kept.
 */
export function balanceDirectionalControls(text: string): string {
  const open: ('embedding' | 'isolate')[] = [];
  let out = '';
  for (const char of text) {
    if (EMBEDDING_OPENERS.has(char)) open.push('embedding');
    else if (ISOLATE_OPENERS.has(char)) open.push('isolate');
    else if (char === POP_EMBEDDING) {
      // Closes the last embedding, unless an isolate was opened after it.
      if (open.at(-1) !== 'embedding') continue;
      open.pop();
    } else if (char === POP_ISOLATE) {
      // Closes the last isolate and any embedding opened inside it.
      const last = open.lastIndexOf('isolate');
      if (last === -1) continue;
      open.length = last;
    } else if (char === '\n' || char === '\r' || char === '\u2029') {
      // A new paragraph ends them all.
      out += closers(open);
      open.length = 0;
    }
    out += char;
  }
  return out + closers(open);
}

function closers(open: readonly ('embedding' | 'isolate')[]): string {
  return open
    .map((kind) => (kind === 'embedding' ? POP_EMBEDDING : POP_ISOLATE))
    .reverse()
    .join('');
}

/**
 * Keeps user text (a title, a file name, a note) whole inside a sentence of the other direction:
 * a Latin file name in a Persian message, or a Persian title in an English one. Its direction is
 * its own (`auto`), or left-to-right for code such as a field path (`ltr`).
 */
export function isolate(text: string, direction: 'auto' | 'ltr' = 'auto'): string {
  return `${direction === 'ltr' ? '\u2066' : '\u2068'}${balanceDirectionalControls(text)}\u2069`;
}

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;
const DIRECTION_CONTROL = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * User text quoted in a sentence of `language`, isolated where it could disturb the sentence's
 * order: when it holds letters of the other direction (an English note in a Persian message) or
 * direction controls. Text all in the sentence's own direction is left as it is, so names a
 * screen reader or a search finds hold no invisible characters they do not need.
 */
export function isolateWithin(text: string, language: string): string {
  const rtl = language === 'fa';
  const mixed = rtl ? [...text].some((char) => LETTER.test(char) && !RTL_LETTER.test(char)) : RTL_LETTER.test(text);
  return mixed || DIRECTION_CONTROL.test(text) ? isolate(text) : text;
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
