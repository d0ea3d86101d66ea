/**
 * Every way a canvas leaves Boom, in the order the Export menu lists them: the one place to add
 * an export (README, "Adding an export"). None of their code is on the first screen: a file
 * export fetches file-actions (and its own heavier code) when first chosen or about to be.
 */
import type { TFunction } from '@/i18n/translator';
import type { Canvas } from '@/domain/schema';
import type { MenuItem } from '@/ui/MenuButton';
import { missingCode } from '@/ui/missing-code';

/** The exports that open a dialog of the files feature first (which paper; the link to copy). */
export type ExportDialog = 'print' | 'share';

export interface CanvasExport {
  id: string;
  /** Its name in the Export menu. */
  label: (t: TFunction) => string;
  /** Makes and downloads a file of the user's open canvas, or of `shown` (a shared link's). Or opens `dialog`. */
  action: { make: (actions: FileActions, shown?: Canvas) => unknown } | { dialog: ExportDialog };
  /** Only for the user's own canvases, not for one opened from a share link (a link of a link says nothing new). */
  ownCanvasOnly?: true;
}

export const EXPORTS: readonly CanvasExport[] = [
  { id: 'json', label: (t) => t('fileTools.exportJson'), action: { make: (actions, shown) => actions.exportJson(shown) } },
  { id: 'png', label: (t) => t('fileTools.exportPng'), action: { make: (actions, shown) => actions.exportPng(shown) } },
  { id: 'print', label: (t) => t('fileTools.print'), action: { dialog: 'print' } },
  { id: 'markdown', label: (t) => t('fileTools.exportMarkdown'), action: { make: (actions, shown) => actions.exportMarkdown(shown) } },
  { id: 'share', label: (t) => t('fileTools.shareLink'), action: { dialog: 'share' }, ownCanvasOnly: true },
];

type FileActions = typeof import('./file-actions');

/**
 * The files feature's actions (import, the file exports), fetched at their first use or when the
 * user comes near a button that uses them. If the code cannot be fetched, a message says so
 * (ui/missing-code) and nothing happens.
 */
export async function fileActions(): Promise<FileActions | null> {
  try {
    return await import('./file-actions');
  } catch (error) {
    missingCode(error);
    return null;
  }
}

/** Fetches the actions ahead (the pointer or focus came to Import or Export, or files are dragged in). */
export function preloadFileActions(): void {
  import('./file-actions').catch(() => {
    // Said when used (fileActions), not here: the user has not asked for anything yet.
  });
}

/** The Export menu's items for the user's open canvas, or for `shown` (a shared link's). */
export function exportMenuItems(t: TFunction, openDialog: (dialog: ExportDialog) => void, shown?: Canvas): MenuItem[] {
  return EXPORTS.filter((entry) => !(shown && entry.ownCanvasOnly)).map(({ id, label, action }) => ({
    id,
    label: label(t),
    onSelect: () => {
      if ('dialog' in action) openDialog(action.dialog);
      else void fileActions().then((actions) => actions && action.make(actions, shown));
    },
  }));
}
