/**
 * What the toolbar's Import and Export do. Data goes in and out through the persistence door;
 * the heavier exports (image, Markdown) load their code only when first used.
 */
import { translator } from '@/i18n/translator';
import type { Canvas } from '@/domain/schema';
import { LIMITS } from '@/domain/limits';
import { isolate } from '@/i18n/format';
import { loadErrorText } from '@/i18n/load-error';
import { signatureOf } from '@/domain/backup';
import { CANVAS_FILE_EXTENSION, canvasFileText, downloadFile, fileNameFor, readCanvasFile } from '@/persistence/files';
import { browserStorage } from '@/persistence/local-storage';
import { saveExportRecord } from '@/persistence/export-records';
import { canvasActions, selectOpenCanvas, useCanvasStore } from '@/store/canvas-store';
import { commitPendingEdits } from '@/store/pending-edits';
import { keepVersion, saveFileVersions } from '@/store/version-keeping';
import { nowIso } from '@/lib/ids';
import { dismissToast, showToast } from '@/ui/toasts';
import './file-messages-namespace';

const t = translator.t;

/** A canvas's title for messages and file names, or "Untitled canvas". */
export function displayTitle(canvas: Canvas): string {
  return canvas.title.trim() || t('header.titlePlaceholder');
}

/** The user's open canvas, with whatever an open editor still holds saved into it first. */
export function currentCanvas(): Canvas {
  commitPendingEdits();
  return selectOpenCanvas(useCanvasStore.getState());
}

export function exportFileName(canvas: Canvas, extension: string): string {
  return fileNameFor(canvas.title, t('header.titlePlaceholder'), extension);
}

/**
 * Imports each file as a new canvas (the last good one opens). Bad files change nothing and are
 * named, with what is wrong with each, in one message.
 */
export async function importCanvasFiles(files: readonly File[]): Promise<void> {
  const failures: { name: string; reason: () => string }[] = [];
  for (const file of files) {
    const result = await readCanvasFile(file);
    if (!result.ok) {
      const { error } = result;
      failures.push({ name: file.name, reason: () => loadErrorText(error) });
      continue;
    }
    // A file of a canvas kept here comes in as a copy; the file is kept among that canvas's versions too, to compare.
    const known = Object.hasOwn(useCanvasStore.getState().canvases, result.canvas.id);
    const added = canvasActions().addCanvas(result.canvas);
    if (added === null) {
      failures.push({ name: file.name, reason: () => t('fileMessages:noRoomReason', { count: LIMITS.canvasesKept }) });
      continue;
    }
    rememberCopy(currentCanvas());
    if (known) void keepVersion(result.canvas, 'import', { name: file.name }).catch((error: unknown) => console.error(error));
    // The versions the file carried become the new canvas's History.
    const brought = result.versions
      ? await saveFileVersions(added, result.versions).catch(() => ({ saved: 0, problem: 'unavailable' as const }))
      : null;
    const title = isolate(displayTitle(result.canvas));
    const key = result.migratedFrom === null ? 'fileMessages:imported' : 'fileMessages:importedUpgraded';
    const versions = () =>
      brought === null
        ? ''
        : ` ${brought.problem !== null ? t('fileMessages:importedVersionsNotKept') : t('fileMessages:importedVersions', { count: brought.saved })}`;
    showToast({ tone: 'info', text: () => t(key, { title }) + versions() });
  }
  if (failures.length === 0) return;
  // "Nothing was changed" only when nothing was imported; otherwise say the others came in.
  const some = failures.length < files.length;
  const lines = failures.map(({ name, reason }) => ({ file: isolate(name), reason }));
  showToast({
    tone: 'error',
    text: () =>
      lines.length === 1
        ? t(some ? 'fileMessages:importFailedOthersIn' : 'fileMessages:importFailed', { file: lines[0]!.file, reason: lines[0]!.reason() })
        : [
            t(some ? 'fileMessages:importFailedManyOthersIn' : 'fileMessages:importFailedMany', { count: lines.length }),
            ...lines.map(({ file, reason }) => t('fileMessages:importFailedLine', { file, reason: reason() })),
          ].join('\n'),
  });
}

/** Downloads the open canvas (or `shown`, one that is not the user's: a shared link's) as a file. */
export function exportJson(shown?: Canvas): void {
  const canvas = shown ?? currentCanvas();
  const at = nowIso();
  downloadFile(exportFileName(canvas, CANVAS_FILE_EXTENSION), canvasFileText(canvas, at), 'application/json');
  // The backup reminder counts from a copy of the user's own canvas.
  if (!shown) rememberCopy(canvas, at);
}

/**
 * Remembers that a copy of the canvas exists outside this browser as it is now (it was exported,
 * or came from a file, an example or a link), so the backup reminder counts changes from here.
 */
export function rememberCopy(canvas: Canvas, at: string = nowIso()): void {
  saveExportRecord(browserStorage(), canvas.id, { at, signature: signatureOf(canvas), remindedAt: 0 });
}

export async function exportMarkdown(shown?: Canvas): Promise<void> {
  const canvas = shown ?? currentCanvas();
  try {
    const { canvasToMarkdown } = await import('./markdown');
    downloadFile(exportFileName(canvas, '.md'), canvasToMarkdown(canvas, nowIso()), 'text/markdown;charset=utf-8');
  } catch (error) {
    // Its code could not be fetched (offline, or the site was updated meanwhile).
    console.error(error);
    showToast({ tone: 'error', text: () => t('fileMessages:markdownFailed') });
  }
}

export async function exportPng(shown?: Canvas): Promise<void> {
  const canvas = shown ?? currentCanvas();
  const working = showToast({ tone: 'info', text: () => t('fileMessages:pngWorking') });
  try {
    const { renderCanvasPng } = await import('./export-png');
    downloadFile(exportFileName(canvas, '.png'), await renderCanvasPng(canvas));
  } catch (error) {
    console.error(error);
    showToast({ tone: 'error', text: () => t('fileMessages:pngFailed') });
  } finally {
    dismissToast(working);
  }
}

/** Said when a canvas cannot be added because the browser holds as many as Boom keeps. */
export function noRoomText(): string {
  return t('fileMessages:noRoom', { count: LIMITS.canvasesKept });
}
