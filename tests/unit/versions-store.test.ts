import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addNote, createCanvas } from '@/domain/canvas';
import { AUTOMATIC_VERSIONS_KEPT } from '@/domain/versions';
import {
  closeVersions,
  countVersions,
  deleteVersion,
  forgetVersionsOf,
  listVersions,
  readVersion,
  renameVersion,
  saveVersion,
} from '@/persistence/versions';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2026-06-01T09:00:00.000Z');
const at = (days: number) => new Date(START + days * DAY).toISOString();

function canvas(id = 'c1', notes = 2) {
  let result = createCanvas(id, at(0), 'Coffee cart');
  for (let index = 0; index < notes; index += 1)
    result = addNote(result, 'customerSegments', { id: `n${index}`, text: `Note ${index}` }, at(0));
  return result;
}

afterEach(async () => {
  await closeVersions();
  indexedDB.deleteDatabase('boom-versions');
});

describe('the versions kept in the browser', () => {
  it('keeps a canvas as it was, lists its versions newest first, and reads one back through the one door', async () => {
    const first = canvas('c1', 2);
    const saved = await saveVersion(first, 'saved', 'Before the pivot', at(1));
    await saveVersion(canvas('c1', 3), 'presentation', '', at(2));
    await saveVersion(canvas('other', 1), 'daily', '', at(2));
    expect(saved).toMatchObject({ ok: true, version: { name: 'Before the pivot', notes: 2, title: 'Coffee cart' } });
    const list = await listVersions('c1');
    expect(list.map((version) => [version.reason, version.notes])).toEqual([
      ['presentation', 3],
      ['saved', 2],
    ]);
    expect(await readVersion(list[1]!.id)).toEqual({ ok: true, canvas: first, migratedFrom: null });
    expect(await countVersions()).toEqual(
      new Map([
        ['c1', 2],
        ['other', 1],
      ]),
    );
  });

  it('renames, deletes, and lets go of the versions of canvases no longer kept', async () => {
    await saveVersion(canvas('c1'), 'daily', '', at(1));
    await saveVersion(canvas('gone'), 'daily', '', at(1));
    const [version] = await listVersions('c1');
    await renameVersion(version!.id, 'Kept for good');
    expect((await listVersions('c1'))[0]).toMatchObject({ name: 'Kept for good', reason: 'saved' });
    expect(await forgetVersionsOf(['gone'])).toBe(1);
    expect(await listVersions('gone')).toEqual([]);
    await deleteVersion(version!.id);
    expect(await listVersions('c1')).toEqual([]);
    expect(await readVersion(version!.id)).toBeNull();
  });

  it('lets automatic versions thin out as they age, keeping every one saved by hand', async () => {
    for (let day = 0; day < 120; day += 1) {
      await saveVersion(canvas(), 'daily', '', at(day));
      if (day % 30 === 0) await saveVersion(canvas(), 'saved', `Month ${day / 30}`, at(day));
    }
    const list = await listVersions('c1');
    expect(list.filter((version) => version.reason === 'saved')).toHaveLength(4);
    const automatic = list.filter((version) => version.reason !== 'saved');
    expect(automatic.length).toBeLessThanOrEqual(AUTOMATIC_VERSIONS_KEPT);
    // The last week whole, then one a day.
    expect(automatic.slice(0, 7).map((version) => version.at)).toEqual([119, 118, 117, 116, 115, 114, 113].map(at));
  });
});

describe('versions in a file', () => {
  it('go out with the canvas, come back through the one door, and are kept as the new canvas’s versions', async () => {
    const { canvasFileText } = await import('@/persistence/files');
    const { parseCanvasDocument } = await import('@/persistence/canvas-document');
    const { saveFileVersions, versionsForFile } = await import('@/persistence/versions');
    await saveVersion(canvas('c1', 1), 'saved', 'First draft', at(1));
    await saveVersion(canvas('c1', 2), 'workshop', '', at(2));
    const carried = await versionsForFile('c1');
    expect(carried.map((version) => [version.name, version.reason, Object.keys(version.canvas.notes).length])).toEqual([
      ['', 'workshop', 2],
      ['First draft', 'saved', 1],
    ]);

    const read = parseCanvasDocument(canvasFileText(canvas('c1', 3), at(3), carried));
    if (!read.ok) throw new Error('the file does not read back');
    expect(read.versions?.map((version) => version.at)).toEqual([at(2), at(1)]);
    expect(await saveFileVersions('copy', read.versions!)).toEqual({ saved: 2, problem: null });
    expect((await listVersions('copy')).map((version) => [version.name, version.reason, version.at])).toEqual([
      ['', 'workshop', at(2)],
      ['First draft', 'saved', at(1)],
    ]);
  });

  it('refuse a file whose versions are too many or not valid, naming where', async () => {
    const { canvasFileText } = await import('@/persistence/files');
    const { parseCanvasDocument } = await import('@/persistence/canvas-document');
    const { LIMITS } = await import('@/domain/limits');
    const one = { name: 'x', at: at(1), reason: 'saved' as const, canvas: canvas('c1', 1) };
    const tooMany = parseCanvasDocument(
      canvasFileText(
        canvas(),
        at(2),
        Array.from({ length: LIMITS.versionsPerFile + 1 }, () => one),
      ),
    );
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid', path: 'versions', problem: 'tooLong' } });
    const broken = JSON.parse(canvasFileText(canvas(), at(2), [one])) as { versions: { canvas: { blocks: Record<string, string[]> } }[] };
    broken.versions[0]!.canvas.blocks.keyPartners = ['nowhere'];
    const refused = parseCanvasDocument(JSON.stringify(broken));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && 'path' in refused.error && refused.error.path).toMatch(/^versions\[0\]\.canvas\.blocks\.keyPartners/);
  });
});
