import { describe, expect, it } from 'vitest';
import { addNote, createCanvas, updateNote } from '@/domain/canvas';
import { canvasFindings } from '@/domain/findings';
import type { Canvas } from '@/domain/schema';

const T = '2026-11-25T09:00:00.000Z';

const keysByArea = (canvas: Canvas) =>
  Object.fromEntries(canvasFindings(canvas).map(({ area, findings }) => [area, findings.map((f) => f.key)]));
const waiting = (canvas: Canvas) => Object.fromEntries(canvasFindings(canvas).map(({ area, waitsFor }) => [area, waitsFor]));

function started(): Canvas {
  let canvas = createCanvas('c', T);
  canvas = addNote(canvas, 'customerSegments', { id: 'students', text: 'Students' }, T);
  canvas = addNote(canvas, 'customerSegments', { id: 'tourists', text: 'Tourists' }, T);
  canvas = addNote(canvas, 'valuePropositions', { id: 'quiet', text: 'Quiet place to study' }, T);
  canvas = addNote(canvas, 'valuePropositions', { id: 'coffee', text: 'Good coffee' }, T);
  return canvas;
}

describe('the whole-canvas check', () => {
  it('lists every empty block in the storytelling order, and nothing else on a blank canvas', () => {
    expect(keysByArea(createCanvas('c', T))).toEqual({
      blocks: [
        'emptyBlock:customerSegments',
        'emptyBlock:valuePropositions',
        'emptyBlock:channels',
        'emptyBlock:customerRelationships',
        'emptyBlock:revenueStreams',
        'emptyBlock:keyResources',
        'emptyBlock:keyActivities',
        'emptyBlock:keyPartners',
        'emptyBlock:costStructure',
      ],
      valuePropositions: [],
      relationships: [],
      channels: [],
    });
    // The other areas say what they wait for, rather than that all is well.
    expect(waiting(createCanvas('c', T))).toEqual({
      blocks: [],
      valuePropositions: ['valuePropositions', 'customerSegments'],
      relationships: ['customerRelationships'],
      channels: ['channels'],
    });
  });

  it('does not repeat that there are no segments when the empty block says it', () => {
    let canvas = createCanvas('c', T);
    canvas = addNote(
      canvas,
      'customerRelationships',
      { id: 'club', text: 'Book club', relationship: { type: 'community', motivations: [], phases: [], measures: [] } },
      T,
    );
    expect(keysByArea(canvas).blocks).toContain('emptyBlock:customerSegments');
    expect(keysByArea(canvas).relationships).not.toContain('noSegments');
  });

  it('names each value proposition linked to no segment, pointing at its segments', () => {
    const findings = canvasFindings(started()).find((area) => area.area === 'valuePropositions')!.findings;
    expect(findings).toEqual([
      {
        key: 'valueWithoutSegment:quiet',
        code: 'valueWithoutSegment',
        severity: 'gap',
        params: { noteId: 'quiet' },
        target: { kind: 'note', noteId: 'quiet', field: 'segments' },
      },
      {
        key: 'valueWithoutSegment:coffee',
        code: 'valueWithoutSegment',
        severity: 'gap',
        params: { noteId: 'coffee' },
        target: { kind: 'note', noteId: 'coffee', field: 'segments' },
      },
    ]);
  });

  it('once propositions are linked, names the segment none is for; a deleted segment does not count as a link', () => {
    let canvas = updateNote(started(), 'quiet', { segmentIds: ['students'] }, T);
    expect(keysByArea(canvas).valuePropositions).toEqual(['valueWithoutSegment:coffee', 'segmentWithoutValue:tourists']);
    canvas = updateNote(canvas, 'coffee', { segmentIds: ['tourists'] }, T);
    expect(keysByArea(canvas).valuePropositions).toEqual([]);
  });

  it('brings in the panels’ findings, contradictions first, without repeating an empty block', () => {
    let canvas = started();
    canvas = addNote(
      canvas,
      'channels',
      {
        id: 'web',
        text: 'Website',
        segmentIds: ['students'],
        channel: { ownership: 'own', reach: 'direct', medium: 'online', cost: 'low', phases: { awareness: { used: true } } },
      },
      T,
    );
    canvas = addNote(
      canvas,
      'customerRelationships',
      {
        id: 'sale',
        text: 'One-off sale',
        segmentIds: ['students'],
        relationship: { type: 'transactional', motivations: [], phases: [], measures: [] },
      },
      T,
    );
    canvas = addNote(
      canvas,
      'customerRelationships',
      {
        id: 'club',
        text: 'Book club',
        segmentIds: ['students'],
        relationship: { type: 'longTerm', motivations: [], phases: [], measures: [] },
      },
      T,
    );
    const areas = keysByArea(canvas);
    expect(areas.relationships![0]).toBe('durationContradiction:students');
    expect(areas.relationships).toContain('segmentWithoutRelationship:tourists');
    expect(areas.channels).toContain('segmentWithoutChannel:tourists');
    expect(areas.channels).toContain('phaseUncovered:purchase');
    expect(areas.blocks).not.toContain('emptyBlock:channels');
    // An empty block is said once: its panel's "nothing yet" is left out.
    expect(keysByArea(started()).channels).toEqual([]);
    expect(waiting(started()).channels).toEqual(['channels']);
    expect(keysByArea(started()).blocks).toContain('emptyBlock:channels');
  });
});
