/**
 * Suggests a backup, quietly: when the open canvas has changed a lot since it was last exported
 * (or was never exported and has grown), a message that goes away by itself offers "Export". It
 * comes again only after as many changes more, also after a reload. On opening, it is there from
 * the first frame; after changes, once they have settled. Not in a live room: the room's canvas is
 * kept by its server and the facilitator (a participant's copy counts from the room's end, see
 * features/workshop); the facilitator is reminded after the workshop, at their next change.
 */
import { translator } from '@/i18n/translator';
import en from '@locales/en/backup.json';
import fa from '@locales/fa/backup.json';
import { changesSince, CHANGES_WORTH_A_BACKUP, NEVER_EXPORTED } from '@/domain/backup';
import { exportJson, displayTitle } from '@/features/files/file-actions';
import { isolate } from '@/i18n/format';
import { addNamespace } from '@/i18n/namespaces';
import { browserStorage, type KeyValueStorage } from '@/persistence/local-storage';
import { loadExportRecords, saveExportRecord } from '@/persistence/export-records';
import { selectOpenCanvas, useCanvasStore } from '@/store/canvas-store';
import { onCanvasChange } from '@/store/changes';
import { useLiveRoom } from '@/store/live-room';
import { showToast } from '@/ui/toasts';

// Its words come with it (returning visitors only).
addNamespace('backup', { en, fa });

/** A live room's address (features/workshop), whose canvas is not this reminder's. */
const ROOM_ADDRESS = /^#room=/u;

/** Quiet time after the last change before counting (typing a note is not ten changes). */
const SETTLE_MS = 1500;

export function startBackupReminder(storage: KeyValueStorage | null = browserStorage()): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const check = () => {
    timer = null;
    const canvas = selectOpenCanvas(useCanvasStore.getState());
    const room = useLiveRoom.getState().room;
    if (room && (room.canvasId === null || room.canvasId === canvas.id)) return;
    const record = loadExportRecords(storage)[canvas.id];
    const changes = changesSince(record?.signature ?? NEVER_EXPORTED, canvas);
    const remindedAt = record?.remindedAt ?? 0;
    if (changes < CHANGES_WORTH_A_BACKUP || changes < remindedAt + CHANGES_WORTH_A_BACKUP) return;
    saveExportRecord(storage, canvas.id, { at: record?.at ?? null, signature: record?.signature ?? NEVER_EXPORTED, remindedAt: changes });
    const title = isolate(displayTitle(canvas));
    showToast({
      tone: 'info',
      text: () => (record?.at ? translator.t('backup:changed', { title, count: changes }) : translator.t('backup:never', { title })),
      action: { label: () => translator.t('backup:export'), run: () => exportJson() },
    });
  };
  const later = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  };
  const unsubscribe = onCanvasChange(later);
  // A canvas that grew in an earlier visit is pointed out with the first screen: the message takes
  // room from the canvas, and coming a moment later it moved the notes under a pointer about to
  // pick one up. Not when the address is a live room's (being joined again).
  if (!ROOM_ADDRESS.test(location.hash)) check();
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
