/**
 * What History's buttons and a version's banner do: save, open, compare, restore, make a new
 * canvas; and how a version is named in lists, messages and files.
 */
import { translator } from '@/i18n/translator';
import { LIMITS } from '@/domain/limits';
import type { Canvas } from '@/domain/schema';
import { formatDateTime, isolate, isolateWithin } from '@/i18n/format';
import { loadErrorText } from '@/i18n/load-error';
import { canvasFileText, downloadFile, fileNameFor, CANVAS_FILE_EXTENSION } from '@/persistence/files';
import { canvasActions, selectOpenCanvas, useCanvasStore } from '@/store/canvas-store';
import { commitPendingEdits } from '@/store/pending-edits';
import { closeVersionView, compareVersions, openVersion, type CompareSide, type VersionMeta, type VersionsProblem } from '@/store/versions';
import { keepVersion, readVersion, versionsForFile } from '@/store/version-keeping';
import { nowIso } from '@/lib/ids';
import { showToast } from '@/ui/toasts';
import './versions-namespace';

const t = translator.t;

/** A version's name: the one given, or what made it ("Presentation"). */
export function versionName(version: VersionMeta): string {
  return version.name.trim() || t(`versions:automaticName.${version.reason as Exclude<VersionMeta['reason'], 'saved'>}`);
}

/** User text quoted in a sentence of `language` (“…” or «…»), kept whole whatever its direction. */
export function quote(text: string, language = translator.language): string {
  const kept = isolateWithin(text, language);
  return language === 'fa' ? `«${kept}»` : `“${kept}”`;
}

/** A version as a sentence names it: its name, quoted, and when it was kept. */
export function versionLabel(version: VersionMeta, language = translator.language): string {
  const name = versionName(version);
  const when = formatDateTime(version.at, language);
  // A version saved under its date (the name it gets when none is typed) is not dated twice.
  return name === when ? quote(name, language) : `${quote(name, language)} (${when})`;
}

/** The name a version saved by hand gets when none is typed: the date and time. */
export function defaultVersionName(language = translator.language): string {
  return formatDateTime(new Date().toISOString(), language);
}

/** The open canvas, with what an open editor holds saved into it first. */
export function openCanvasNow(): Canvas {
  commitPendingEdits();
  return selectOpenCanvas(useCanvasStore.getState());
}

/** Reads a version; says why when it cannot be (and leaves it as it is). Null then. */
export async function readOrSay(version: VersionMeta): Promise<Canvas | null> {
  const result = await readVersion(version).catch(() => ({ ok: false as const, error: null }));
  if (result.ok) return result.canvas;
  const { error } = result;
  showToast({ tone: 'error', text: () => (error ? t('versions:readFailed', { reason: loadErrorText(error) }) : t('versions:gone')) });
  return null;
}

/** Shows a version read-only in the canvas's place; false when it could not be read (said). */
export async function showVersion(version: VersionMeta): Promise<boolean> {
  const canvas = await readOrSay(version);
  if (canvas) openVersion(version, canvas);
  return canvas !== null;
}

/** Compares `version` with the canvas as it is now; false when it could not be read (said). */
export async function compareWithNow(version: VersionMeta): Promise<boolean> {
  const canvas = await readOrSay(version);
  if (canvas) compareVersions(version.canvasId, { kind: 'version', version, canvas }, { kind: 'now' });
  return canvas !== null;
}

/** One side of a comparison, read: a version's canvas, or null when it cannot be read (said). */
export async function sideOf(version: VersionMeta | null): Promise<CompareSide | null> {
  if (version === null) return { kind: 'now' };
  const canvas = await readOrSay(version);
  return canvas ? { kind: 'version', version, canvas } : null;
}

/**
 * Puts a version back as the open canvas's content. The canvas as it is first becomes a version
 * of its own, so nothing is overwritten; if that cannot be kept, nothing is restored.
 */
export async function restoreVersion(version: VersionMeta, canvas: Canvas): Promise<boolean> {
  const current = openCanvasNow();
  const name = versionLabel(version);
  const kept = await keepVersion(current, 'restore', { report: false, name: t('versions:automaticName.restoreNamed', { name }) });
  if (!kept.ok) {
    sayProblem(kept.problem, current);
    return false;
  }
  // A step Undo takes back, like any change made here; the canvas keeps its id.
  const { canvases, currentId } = useCanvasStore.getState();
  canvasActions().setWorkspace(
    { canvases: { ...canvases, [current.id]: { ...canvas, id: current.id, updatedAt: nowIso() } }, currentId },
    'local',
  );
  if (useCanvasStore.getState().canvases === canvases) {
    showToast({ tone: 'error', text: () => t('versions:restoreFailed') });
    return false;
  }
  closeVersionView();
  // Its Undo puts back the canvas as it was, while nothing has changed it since.
  const restored = useCanvasStore.getState().canvases[current.id];
  showToast({
    tone: 'info',
    text: () => t('versions:restored', { name }),
    action: {
      label: () => t('history.undo'),
      run: () => {
        const now = useCanvasStore.getState();
        if (now.canvases[current.id] !== restored) return;
        canvasActions().setWorkspace({ canvases: { ...now.canvases, [current.id]: current }, currentId: now.currentId }, 'local');
      },
    },
  });
  return true;
}

/** Opens a version as a canvas of its own, beside the one it came from. */
export function versionAsNewCanvas(canvas: Canvas): boolean {
  if (canvasActions().addCanvas(canvas, { fresh: true }) === null) {
    showToast({ tone: 'error', text: () => t('fileMessages:noRoom', { count: LIMITS.canvasesKept }) });
    return false;
  }
  closeVersionView();
  const title = isolate(selectOpenCanvas(useCanvasStore.getState()).title.trim() || t('header.titlePlaceholder'));
  showToast({ tone: 'info', text: () => t('versions:newCanvasOpened', { title }) });
  return true;
}

/** Downloads a canvas as a `.boom.json` file (what is offered when a version cannot be kept). */
export function downloadCanvas(canvas: Canvas): void {
  downloadFile(
    fileNameFor(canvas.title, t('header.titlePlaceholder'), CANVAS_FILE_EXTENSION),
    canvasFileText(canvas, nowIso()),
    'application/json',
  );
}

/**
 * Downloads the open canvas with its versions in one file. Newest first; when they do not all fit
 * in a file Boom can import again (LIMITS.documentBytes), the oldest are left out. Says how many went.
 */
export async function exportWithVersions(): Promise<{ carried: number; left: number }> {
  const canvas = openCanvasNow();
  const versions = await versionsForFile(canvas.id);
  const now = nowIso();
  const size = (text: string) => new TextEncoder().encode(text).length;
  let carried = versions.length;
  let text = canvasFileText(canvas, now, versions);
  while (carried > 0 && size(text) > LIMITS.documentBytes) {
    // Fewer in proportion to how far over it is, and at least one fewer each time.
    carried = Math.min(carried - 1, Math.floor((carried * LIMITS.documentBytes) / size(text)));
    text = canvasFileText(canvas, now, versions.slice(0, carried));
  }
  downloadFile(fileNameFor(canvas.title, t('header.titlePlaceholder'), CANVAS_FILE_EXTENSION), text, 'application/json');
  return { carried, left: versions.length - carried };
}

/** Says that a version could not be kept, and offers the canvas as a file instead. */
export function sayProblem(problem: VersionsProblem, canvas: Canvas): void {
  showToast({
    tone: 'error',
    text: () => t(`versions:problem.${problem}`),
    action: { label: () => t('versions:exportCanvas'), run: () => downloadCanvas(canvas) },
  });
}
