import { describe, expect, it } from 'vitest';
import { addNote, createCanvas, setIntegrationLevel, setJourneyModel, updateNote } from '@/domain/canvas';
import { channelFindings } from '@/domain/findings';
import type { PhaseId } from '@/domain/journey';
import { canvasSchema, type Canvas, type Channel } from '@/domain/schema';

const T = '2026-11-23T12:00:00.000Z';
const channel = (used: PhaseId[], extra: Partial<Channel> = {}): Channel => ({
  ownership: 'own',
  reach: 'direct',
  medium: 'offline',
  cost: 'medium',
  phases: Object.fromEntries(used.map((phase) => [phase, { used: true, rating: 4 }])),
  ...extra,
});

function shop(): Canvas {
  let canvas = createCanvas('c', T);
  canvas = addNote(canvas, 'customerSegments', { id: 'students', text: 'Students' }, T);
  canvas = addNote(
    canvas,
    'channels',
    {
      id: 'walkIn',
      text: 'Walk-in',
      segmentIds: ['students'],
      channel: channel(['awareness', 'evaluation', 'purchase', 'delivery', 'afterSales']),
    },
    T,
  );
  canvas = addNote(
    canvas,
    'channels',
    {
      id: 'insta',
      text: 'Instagram DMs',
      segmentIds: ['students'],
      channel: channel(['awareness'], { medium: 'online', ownership: 'partner' }),
    },
    T,
  );
  return setIntegrationLevel(canvas, 'multi', T);
}

const keys = (canvas: Canvas) => channelFindings(canvas).map((finding) => finding.key);

describe('channel findings', () => {
  it('finds nothing to say when every phase is covered and the level fits', () => {
    expect(canvasSchema.safeParse(shop()).success).toBe(true);
    expect(keys(shop())).toEqual([]);
  });

  it('flags each phase no channel covers, pointing at its column', () => {
    const canvas = updateNote(shop(), 'walkIn', { channel: channel(['awareness', 'purchase']) }, T);
    const findings = channelFindings(canvas);
    expect(findings.filter((f) => f.code === 'phaseUncovered').map((f) => f.target)).toEqual([
      { kind: 'phase', phase: 'evaluation' },
      { kind: 'phase', phase: 'delivery' },
      { kind: 'phase', phase: 'afterSales' },
    ]);
  });

  it('says which phases a segment misses, and which segment no channel reaches', () => {
    let canvas = addNote(shop(), 'customerSegments', { id: 'tourists', text: 'Tourists' }, T);
    canvas = updateNote(canvas, 'insta', { segmentIds: ['tourists'] }, T);
    const findings = channelFindings(canvas);
    expect(findings).toContainEqual(
      expect.objectContaining({
        key: 'segmentPhasesUncovered:tourists',
        params: { segmentId: 'tourists', phases: ['evaluation', 'purchase', 'delivery', 'afterSales'] },
      }),
    );
    canvas = addNote(canvas, 'customerSegments', { id: 'families', text: 'Families' }, T);
    expect(keys(canvas)).toContain('segmentWithoutChannel:families');
  });

  it('keeps phases of the other journey model and judges only the phases shown', () => {
    const switched = setJourneyModel(shop(), 'customerJourney', T);
    expect(switched.notes.walkIn?.channel?.phases.afterSales).toEqual({ used: true, rating: 4 });
    expect(keys(switched)).toEqual([
      'phaseUncovered:consideration',
      'phaseUncovered:retention',
      'phaseUncovered:support',
      'phaseUncovered:loyalty',
      'segmentPhasesUncovered:students',
    ]);
  });

  it('says when the integration level contradicts the matrix, first of all', () => {
    let one = addNote(
      createCanvas('c', T),
      'channels',
      { id: 'only', text: 'Website', channel: channel(['awareness', 'evaluation', 'purchase', 'delivery', 'afterSales']) },
      T,
    );
    one = setIntegrationLevel(one, 'omni', T);
    expect(channelFindings(one)[0]).toEqual({
      key: 'integration:omni',
      code: 'integratedWithOne',
      severity: 'contradiction',
      params: { level: 'omni', count: 1 },
      target: { kind: 'integration' },
    });
    expect(keys(setIntegrationLevel(shop(), 'single', T))).toEqual(['integration:single']);
    expect(keys(setIntegrationLevel(shop(), undefined, T))).toEqual(['integration:unset']);
  });

  it('asks to describe plain notes and to place described ones in a phase', () => {
    let canvas = addNote(shop(), 'channels', { id: 'plain', text: 'Word of mouth', segmentIds: ['students'] }, T);
    canvas = addNote(canvas, 'channels', { id: 'idle', text: 'Flyers', segmentIds: ['students'], channel: channel([]) }, T);
    // Marked only in a phase of the other journey model: said so, not "in no phase".
    canvas = addNote(
      canvas,
      'channels',
      { id: 'elsewhere', text: 'Loyalty app', segmentIds: ['students'], channel: channel(['loyalty']) },
      T,
    );
    expect(keys(canvas)).toEqual(['undescribed:plain', 'noPhase:idle', 'otherModel:elsewhere']);
  });

  it('says there is no channel yet, pointing to where one is added', () => {
    expect(channelFindings(createCanvas('c', T))).toEqual([
      { key: 'noChannels', code: 'noChannels', severity: 'gap', params: {}, target: { kind: 'add' } },
    ]);
  });
});
