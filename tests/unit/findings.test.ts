import { describe, expect, it } from 'vitest';
import { addNote, createCanvas, removeNote, updateNote } from '@/domain/canvas';
import { relationshipFindings } from '@/domain/findings';
import type { Canvas, Relationship } from '@/domain/schema';

const T = '2026-11-23T12:00:00.000Z';
const full = (type: Relationship['type'], extra: Partial<Relationship> = {}): Relationship => ({
  type,
  motivations: ['acquisition', 'retention', 'upselling'],
  phases: ['purchase'],
  measures: [{ id: 'm', kind: 'nps', label: '', target: '50' }],
  ...extra,
});

function cafe(): Canvas {
  let canvas = createCanvas('c', T);
  canvas = addNote(canvas, 'customerSegments', { id: 'students', text: 'Students' }, T);
  canvas = addNote(canvas, 'customerSegments', { id: 'offices', text: 'Office workers' }, T);
  canvas = addNote(
    canvas,
    'customerRelationships',
    { id: 'card', text: 'Loyalty card', segmentIds: ['students', 'offices'], relationship: full('longTerm') },
    T,
  );
  return canvas;
}

const codes = (canvas: Canvas) => relationshipFindings(canvas).map((finding) => finding.key);

describe('relationship findings', () => {
  it('finds nothing to say about a complete mix', () => {
    expect(codes(cafe())).toEqual([]);
  });

  it('says when there is no relationship at all, pointing to where one is added', () => {
    const canvas = removeNote(cafe(), 'card', T);
    expect(relationshipFindings(canvas)).toEqual([
      { key: 'noRelationships', code: 'noRelationships', severity: 'gap', params: {}, target: { kind: 'add' } },
    ]);
  });

  it('names a segment that no relationship serves', () => {
    const canvas = updateNote(cafe(), 'card', { segmentIds: ['students'] }, T);
    expect(relationshipFindings(canvas)).toContainEqual({
      key: 'segmentWithoutRelationship:offices',
      code: 'segmentWithoutRelationship',
      severity: 'gap',
      params: { segmentId: 'offices' },
      target: { kind: 'add', segmentId: 'offices' },
    });
  });

  it('names each motivation nobody covers', () => {
    const canvas = updateNote(cafe(), 'card', { relationship: full('longTerm', { motivations: ['retention'] }) }, T);
    expect(codes(canvas)).toEqual(['motivationUncovered:acquisition', 'motivationUncovered:upselling']);
  });

  it('flags a segment served transactionally and long-term at once, first of all', () => {
    let canvas = updateNote(cafe(), 'card', { relationship: full('longTerm', { measures: [] }) }, T);
    canvas = addNote(
      canvas,
      'customerRelationships',
      { id: 'kiosk', text: 'Order kiosk', segmentIds: ['offices'], relationship: full('transactional') },
      T,
    );
    const findings = relationshipFindings(canvas);
    expect(findings[0]).toEqual({
      key: 'durationContradiction:offices',
      code: 'durationContradiction',
      severity: 'contradiction',
      params: { segmentId: 'offices', noteId: 'kiosk', otherNoteId: 'card' },
      target: { kind: 'note', noteId: 'kiosk', field: 'type' },
    });
    expect(findings.map((f) => f.key)).toContain('noMeasure:card');
  });

  it('points at the fields a relationship still lacks, and at notes without a type', () => {
    let canvas = addNote(
      cafe(),
      'customerRelationships',
      { id: 'bare', text: 'Community', relationship: full('community', { motivations: [], phases: [], measures: [] }) },
      T,
    );
    canvas = addNote(canvas, 'customerRelationships', { id: 'plain', text: 'Support' }, T);
    expect(codes(canvas)).toEqual(['noSegment:bare', 'untyped:plain', 'noMotivation:bare', 'noPhase:bare', 'noMeasure:bare']);
  });

  it('counts only the phases of the journey model in use, and says when the marks are in the other one', () => {
    const canvas = updateNote(cafe(), 'card', { relationship: full('longTerm', { phases: ['loyalty'] }) }, T);
    expect(codes(canvas)).toEqual(['otherModel:card']);
    expect(codes({ ...canvas, journeyModel: 'customerJourney' })).toEqual([]);
  });

  it('ignores links to notes that are no longer segments, and says when there are no segments', () => {
    let canvas = removeNote(cafe(), 'offices', T);
    canvas = removeNote(canvas, 'students', T);
    expect(codes(canvas)).toEqual(['noSegments']);
  });
});

describe('marks in phases of the other journey model', () => {
  it('are never reported as "no phase": the finding names the phases they are in', async () => {
    const { channelFindings, hiddenPhases } = await import('@/domain/findings');
    let canvas = cafe();
    canvas = updateNote(canvas, 'card', { relationship: full('longTerm', { phases: ['retention', 'loyalty'] }) }, T);
    canvas = addNote(
      canvas,
      'channels',
      { id: 'shop', text: 'Shop', segmentIds: ['students', 'offices'], channel: { phases: { consideration: { used: true } } } },
      T,
    );
    expect(canvas.journeyModel).toBe('channelPhases');
    expect(hiddenPhases(canvas, canvas.notes.card!)).toEqual(['retention', 'loyalty']);

    const relationship = relationshipFindings(canvas).find((finding) => finding.params.noteId === 'card');
    expect(relationship).toMatchObject({ code: 'relationshipPhasesInOtherModel', params: { phases: ['retention', 'loyalty'] } });
    const channel = channelFindings(canvas).find(
      (finding) => finding.params.noteId === 'shop' && finding.target.kind === 'note' && finding.target.field === 'phases',
    );
    expect(channel).toMatchObject({ code: 'channelPhasesInOtherModel', params: { phases: ['consideration'] } });

    // With no mark anywhere, it is "no phase" still.
    canvas = updateNote(canvas, 'card', { relationship: full('longTerm', { phases: [] }) }, T);
    expect(relationshipFindings(canvas).find((finding) => finding.params.noteId === 'card')?.code).toBe('relationshipWithoutPhase');
  });
});
