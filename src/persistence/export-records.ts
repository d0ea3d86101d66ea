/**
 * When each canvas was last exported, kept beside the canvases:
 *
 *   boom:exports              per canvas: when it was last exported, a signature of it then, and
 *                             how many changes the last backup reminder was at
 *
 * Read field by field: anything unreadable is left out, never an error.
 */
import type { Signature } from '@/domain/backup';
import { STORAGE_PREFIX, writeItem as setItem, type KeyValueStorage, type SaveResult } from './storage-access';

const EXPORTS_KEY = `${STORAGE_PREFIX}exports`;

export interface ExportRecord {
  /** When the canvas was last exported as a file; null if never (the reminder was still counted). */
  at: string | null;
  signature: Signature;
  /** Changes since the export when the user was last reminded. */
  remindedAt: number;
}

/** Export records by canvas id; anything unreadable is left out (at worst, a reminder comes early). */
export function loadExportRecords(storage: KeyValueStorage | null): Record<string, ExportRecord> {
  try {
    const saved = JSON.parse(storage?.getItem(EXPORTS_KEY) ?? '{}') as unknown;
    if (typeof saved !== 'object' || saved === null) return {};
    const records: Record<string, ExportRecord> = {};
    for (const [id, record] of Object.entries(saved as Record<string, Partial<ExportRecord>>)) {
      if (typeof record !== 'object' || record === null || typeof record.signature !== 'object' || record.signature === null) continue;
      const signature = Object.fromEntries(Object.entries(record.signature).filter(([, value]) => typeof value === 'number'));
      records[id] = {
        at: typeof record.at === 'string' ? record.at : null,
        signature,
        remindedAt: typeof record.remindedAt === 'number' ? record.remindedAt : 0,
      };
    }
    return records;
  } catch {
    return {};
  }
}

export function saveExportRecord(storage: KeyValueStorage | null, canvasId: string, record: ExportRecord): SaveResult {
  const records = { ...loadExportRecords(storage), [canvasId]: record };
  return setItem(storage, EXPORTS_KEY, JSON.stringify(records));
}
