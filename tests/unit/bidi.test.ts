import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceDirectionalControls, isolate } from '@/i18n/format';

const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

/** Where, in `text`, the isolate its first character opens is closed (UAX #9 pairing), or -1. */
function closeOfFirstIsolate(text: string): number {
  const open: string[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i]!;
    if ('\u202A\u202B\u202D\u202E'.includes(char)) open.push('e');
    else if ('\u2066\u2067\u2068'.includes(char)) open.push('i');
    else if (char === '\u202C' && open.at(-1) === 'e') open.pop();
    else if (char === '\u2069') {
      const last = open.lastIndexOf('i');
      if (last === -1) continue;
      open.length = last;
      if (last === 0) return i;
    }
  }
  return -1;
}

describe('user text inside a sentence', () => {
  it('cannot close its isolate early and reverse the sentence around it', () => {
    const name = 'report\u2069\u202Enosj.exe.boom.json';
    const isolated = isolate(name);
    expect(isolated).toBe('\u2068report\u202Enosj.exe.boom.json\u202C\u2069');
    expect(closeOfFirstIsolate(isolated)).toBe([...isolated].length - 1);
  });

  it('keeps the user’s own well-formed controls and Persian half-spaces', () => {
    expect(balanceDirectionalControls('a \u2067متن\u2069 b')).toBe('a \u2067متن\u2069 b');
    expect(balanceDirectionalControls('کافه‌ی \u202Bx\u202C')).toBe('کافه‌ی \u202Bx\u202C');
    expect(isolate('src/x.ts', 'ltr')).toBe('\u2066src/x.ts\u2069');
  });

  it('always ends exactly where it began, whatever controls the text holds', () => {
    const text = fc.array(fc.constantFrom(...CONTROLS, 'a', 'ب', ' ', '\n'), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (raw) => {
        const isolated = isolate(raw);
        // The isolate opened first closes on the last character, never before it…
        if (!raw.includes('\n')) expect(closeOfFirstIsolate(isolated)).toBe([...isolated].length - 1);
        // …and balancing twice changes nothing.
        expect(balanceDirectionalControls(balanceDirectionalControls(raw))).toBe(balanceDirectionalControls(raw));
      }),
    );
  });
});

describe('a note quoted in a message', () => {
  it('is isolated when it is in the other direction or holds controls, and left alone when all in the message’s own', async () => {
    const { isolateWithin } = await import('@/i18n/format');
    expect(isolateWithin('Kiosk', 'en')).toBe('Kiosk');
    expect(isolateWithin('کیوسک', 'fa')).toBe('کیوسک');
    expect(isolateWithin('۱۲ کیوسک', 'fa')).toBe('۱۲ کیوسک');
    expect(isolateWithin('کیوسک', 'en')).toBe('\u2068کیوسک\u2069');
    expect(isolateWithin('Kiosk کیوسک', 'fa')).toBe('\u2068Kiosk کیوسک\u2069');
    expect(isolateWithin('Kiosk\u2069\u202E', 'en')).toBe('\u2068Kiosk\u202E\u202C\u2069');
  });
});
