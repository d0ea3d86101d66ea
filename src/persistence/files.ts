/**
 * Canvas files: reading one the user picked or dropped, and handing files to the user. Reading
 * goes through the one door (`parseCanvasDocument`); a file too large is refused before it is read.
 */
import { LIMITS } from '@/domain/limits';
import type { LoadResult } from './canvas-document';
import { serializeCanvas } from './canvas-text';
export { CANVAS_FILE_EXTENSION } from './canvas-text';
import { loadDocumentReader } from './document-reader';
import type { Canvas, FileVersion } from '@/domain/schema';

/** Reads a file as a Boom canvas. Never throws: every failure is a coded error. */
export async function readCanvasFile(file: Blob, maxBytes: number = LIMITS.documentBytes): Promise<LoadResult> {
  if (file.size > maxBytes) return { ok: false, error: { code: 'tooLarge', size: file.size, limit: maxBytes } };
  let text: string;
  try {
    // Strict UTF-8: a binary file is "not JSON", not a string of replacement characters.
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  try {
    return (await loadDocumentReader()).parseCanvasDocument(text.replace(/^\uFEFF/, ''), { maxBytes });
  } catch {
    // The code that reads it could not be fetched (offline after an update): said, never a silent nothing.
    return { ok: false, error: { code: 'unexpected' } };
  }
}

/** The text of an exported canvas file (with earlier `versions` of it, newest first, when asked). */
export function canvasFileText(canvas: Canvas, now: string, versions?: readonly FileVersion[]): string {
  return `${serializeCanvas(canvas, { exportedAt: now, versions })}\n`;
}

/**
 * A file name made from a canvas title, kept readable in any script: Persian stays Persian. Only
 * what is unsafe is taken out: characters file systems refuse, control characters, and those that
 * reorder or hide text. The joiners are letters of words, but Chromium turns both into "_" in a
 * download's name: a half-space (ZWNJ) becomes a narrow no-break space, which keeps the letters
 * apart as a half-space does («کافه ی», not «کافه ی» nor «کافه_ی»), and a joined emoji shows
 * as its parts (👨👩👧, not 👨_👩_👧).
 */
export function fileNameFor(title: string, fallback: string, extension: string): string {
  return `${safeName(title) || safeName(fallback) || 'canvas'}${extension}`;
}

function safeName(text: string): string {
  const cleaned = text
    // Characters Windows, macOS or Linux refuse in names, control characters, zero-width ones,
    // direction marks and bidi controls.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\u200d/g, '')
    .replace(/[^\S\u202f]+/g, ' ')
    .replace(/ ?\u200c ?/g, '\u202f')
    .trim()
    .replace(/^\.+/, '');
  return shorten(cleaned, 80);
}

/** At most `max` characters, cut at a space when one is near the end, never inside a character. */
function shorten(text: string, max: number): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  const cut = characters.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trim();
}

/** Hands the user a file, as the browser's download. */
export function downloadFile(name: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is freed a little later for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
