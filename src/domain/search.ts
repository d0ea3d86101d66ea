/**
 * Text as a search compares it: case and accents folded, Arabic and Persian forms of the same
 * letter made one (ي/ی, ك/ک, ة/ه), half-spaces, tatweel and bidi controls left out, runs of
 * space made one; Persian and Arabic digits read as Latin ones.
 */
export function searchable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[ةەۀ]/g, 'ه')
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]|\u200c|\u200d/g, '')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase()
    .trim();
}

/** Whether `text` holds every word of `query` (an empty query matches everything), as a search compares them. */
export function matchesAllWords(text: string, query: string): boolean {
  const haystack = searchable(text);
  return searchable(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
