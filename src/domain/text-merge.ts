/**
 * Two people change a note's text from the same starting text: each change is taken as one
 * splice (the words between what stayed the same at the start and at the end), and the two are
 * merged when they touch different parts of the text. A person who typed nothing has nothing to
 * merge: the other's text stands.
 */

export interface Splice {
  /** Where the change starts in the starting text, and where it ends (exclusive). */
  from: number;
  to: number;
  /** What replaces that part. */
  text: string;
}

/** The one splice that turns `base` into `changed` (the longest unchanged start and end kept). */
export function spliceOf(base: string, changed: string): Splice {
  let start = 0;
  const shortest = Math.min(base.length, changed.length);
  while (start < shortest && base[start] === changed[start]) start += 1;
  let end = 0;
  while (end < shortest - start && base[base.length - 1 - end] === changed[changed.length - 1 - end]) end += 1;
  return { from: start, to: base.length - end, text: changed.slice(start, changed.length - end) };
}

/**
 * The splice that turns `base` into `changed`, widened to whole words where it starts or ends
 * inside one (a word is what lies between white space). Two people changing one word at the same
 * moment, one of them offline, then each replace the whole word: a merge keeps both words whole,
 * rather than letters of one glued into the other.
 */
export function wordSpliceOf(base: string, changed: string): Splice {
  let { from, to } = spliceOf(base, changed);
  const inside = (at: number) => at > 0 && at < base.length && !/\s/u.test(base[at - 1]!) && !/\s/u.test(base[at]!);
  while (inside(from)) from -= 1;
  while (inside(to)) to += 1;
  return { from, to, text: changed.slice(from, changed.length - (base.length - to)) };
}

/**
 * The text with both changes, or null when they touch the same words (then neither can be
 * applied over the other without losing something). Where both insert at the same place, theirs
 * comes first (it was saved first).
 */
export function mergeTextEdits(base: string, mine: string, theirs: string): string | null {
  if (mine === base || mine === theirs) return theirs;
  if (theirs === base) return mine;
  const own = spliceOf(base, mine);
  const other = spliceOf(base, theirs);
  // Apart: one ends before the other starts (two insertions at one place count as apart).
  const ownFirst = own.to <= other.from && !(own.from === other.from && own.to === own.from && other.to === other.from);
  const otherFirst = other.to <= own.from;
  if (!ownFirst && !otherFirst) return null;
  const [first, second] = ownFirst ? [own, other] : [other, own];
  return base.slice(0, first.from) + first.text + base.slice(first.to, second.from) + second.text + base.slice(second.to);
}
