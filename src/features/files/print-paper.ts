import { translator } from '@/i18n/translator';
import { browserStorage } from '@/persistence/local-storage';
import { loadPaper, savePaper, type Paper } from '@/persistence/preferences';
import { pageRule } from './paper-sizes';

/** The paper chosen in this tab (also when storage cannot keep it). */
let chosen: Paper | null = null;

/**
 * The paper chosen in this tab, else the one last chosen, else the usual one where the reader
 * is: Persian readers are taken to be in Iran (A4), whatever their browser's own language.
 */
export function currentPaper(): Paper {
  return chosen ?? loadPaper(browserStorage(), translator.language === 'fa' ? 'fa-IR' : navigator.language);
}

/** Remembers the paper and sets the printed page's size to it. */
export function choosePaper(paper: Paper): void {
  chosen = paper;
  savePaper(browserStorage(), paper);
  setPrintedPaper(paper);
}

let rule: CSSStyleSheet | null = null;

/**
 * Sets the size of the printed page (`@page`) through a constructed stylesheet: the
 * Content-Security-Policy allows no inline style element, and constructed ones are not inline.
 */
export function setPrintedPaper(paper: Paper): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  rule ??= new CSSStyleSheet();
  rule.replaceSync(pageRule(paper));
  if (!document.adoptedStyleSheets.includes(rule)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, rule];
}
