import { persistence, requestPersistence } from '@/persistence/persistent-storage';
import { useCanvasStore } from '@/store/canvas-store';
import { onCanvasChange } from '@/store/changes';
import { useStorageKept } from '@/store/storage-kept';

/**
 * Asks the browser to keep Boom's storage for good (so it is not cleared when the disk runs
 * short), once there is work worth keeping: at once if a canvas has notes, else at the first
 * note. What the browser answers is shown in the Canvases list.
 */
export async function keepStorage(): Promise<void> {
  const now = await persistence();
  useStorageKept.setState({ persistence: now });
  if (now !== 'denied') return;
  const hasNotes = () => Object.values(useCanvasStore.getState().canvases).some((canvas) => Object.keys(canvas.notes).length > 0);
  const ask = async () => useStorageKept.setState({ persistence: await requestPersistence() });
  if (hasNotes()) return ask();
  const stop = onCanvasChange(() => {
    if (!hasNotes()) return;
    stop();
    void ask();
  });
}
