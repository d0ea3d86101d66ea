/**
 * Checks over a canvas: what is missing and what contradicts itself. Pure functions returning
 * findings in one format, shared by the relationships panel, the channel map and the whole-canvas
 * check; each finding names what it is about and where to fix it.
 */
import { STORY_ORDER, type BlockId } from './blocks';
import type { IntegrationLevel } from './channels';
import { PHASE_IDS, phasesOf, type PhaseId } from './journey';
import { LASTING_TYPES, MOTIVATIONS, type Motivation } from './relationships';
import { linkedSegments, notesIn } from './canvas';
import type { Canvas, Note } from './schema';

/** Where a finding is fixed: a field of a note (in its panel), the place to add one, or a block. */
export type FindingTarget =
  | {
      kind: 'note';
      noteId: string;
      field: 'type' | 'channel' | 'segments' | 'motivations' | 'phases' | 'measures';
      /** The one choice within the field, when the finding is about it. */
      value?: string;
    }
  | { kind: 'add'; segmentId?: string }
  | { kind: 'block'; blockId: BlockId }
  | { kind: 'phase'; phase: PhaseId }
  | { kind: 'integration' };

export type FindingSeverity = 'contradiction' | 'gap' | 'tip';

/**
 * Every kind of finding, by the view whose words it uses. Each code is a message key in that
 * view's strings (locales/<language>/<view>.json, "findings"): a code without its message fails the build
 * where the message is looked up (i18n/finding-messages).
 */
export const RELATIONSHIP_FINDINGS = [
  'noRelationships',
  'noSegments',
  'untyped',
  'segmentWithoutRelationship',
  'durationContradiction',
  'motivationUncovered',
  'relationshipWithoutSegment',
  'relationshipWithoutMotivation',
  'relationshipPhasesInOtherModel',
  'relationshipWithoutPhase',
  'relationshipWithoutMeasure',
] as const;
export const CHANNEL_FINDINGS = [
  'noChannels',
  'phaseUncovered',
  'segmentWithoutChannel',
  'segmentPhasesUncovered',
  'singleWithMany',
  'integratedWithOne',
  'integrationUnset',
  'channelUndescribed',
  'channelPhasesInOtherModel',
  'channelWithoutPhase',
  'channelWithoutSegment',
] as const;
/** The whole-canvas check's own: empty blocks, value propositions and segments without each other. */
export const CANVAS_FINDINGS = ['emptyBlock', 'valueWithoutSegment', 'segmentWithoutValue'] as const;

export type RelationshipFindingCode = (typeof RELATIONSHIP_FINDINGS)[number];
export type ChannelFindingCode = (typeof CHANNEL_FINDINGS)[number];
export type CanvasFindingCode = (typeof CANVAS_FINDINGS)[number];
export type FindingCode = RelationshipFindingCode | ChannelFindingCode | CanvasFindingCode;

export interface Finding<Code extends FindingCode = FindingCode> {
  /** Stable identity: the code and the ids it is about. */
  key: string;
  code: Code;
  severity: FindingSeverity;
  /** What the message names: notes by id, and domain values. */
  params: {
    blockId?: BlockId;
    noteId?: string;
    otherNoteId?: string;
    segmentId?: string;
    motivation?: Motivation;
    phase?: PhaseId;
    phases?: PhaseId[];
    level?: IntegrationLevel;
    count?: number;
  };
  target: FindingTarget;
}

const ORDER: Record<FindingSeverity, number> = { contradiction: 0, gap: 1, tip: 2 };

/** Sorts findings: contradictions first, then gaps, then tips, keeping their order otherwise. */
export function bySeverity<F extends Finding>(findings: F[]): F[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => ORDER[a.finding.severity] - ORDER[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}

/** What the Customer Relationships panel points out. */
export function relationshipFindings(canvas: Canvas): Finding<RelationshipFindingCode>[] {
  const notes = notesIn(canvas, 'customerRelationships');
  const relationships = notes.filter((note) => note.relationship);
  const segments = notesIn(canvas, 'customerSegments');
  const findings: Finding<RelationshipFindingCode>[] = [];

  for (const note of notes) {
    if (!note.relationship) {
      findings.push({
        key: `untyped:${note.id}`,
        code: 'untyped',
        severity: 'tip',
        params: { noteId: note.id },
        target: { kind: 'note', noteId: note.id, field: 'type' },
      });
    }
  }
  if (relationships.length === 0) {
    findings.push({ key: 'noRelationships', code: 'noRelationships', severity: 'gap', params: {}, target: { kind: 'add' } });
    return bySeverity(findings);
  }

  if (segments.length === 0) {
    findings.push({
      key: 'noSegments',
      code: 'noSegments',
      severity: 'gap',
      params: {},
      target: { kind: 'block', blockId: 'customerSegments' },
    });
  }
  for (const segment of segments) {
    const serving = relationships.filter((note) => note.segmentIds?.includes(segment.id));
    if (serving.length === 0) {
      findings.push({
        key: `segmentWithoutRelationship:${segment.id}`,
        code: 'segmentWithoutRelationship',
        severity: 'gap',
        params: { segmentId: segment.id },
        target: { kind: 'add', segmentId: segment.id },
      });
      continue;
    }
    const transactional = serving.find((note) => note.relationship?.type === 'transactional');
    const lasting = serving.find((note) => note.relationship && LASTING_TYPES.includes(note.relationship.type));
    if (transactional && lasting) {
      findings.push({
        key: `durationContradiction:${segment.id}`,
        code: 'durationContradiction',
        severity: 'contradiction',
        params: { segmentId: segment.id, noteId: transactional.id, otherNoteId: lasting.id },
        target: { kind: 'note', noteId: transactional.id, field: 'type' },
      });
    }
  }

  for (const motivation of MOTIVATIONS) {
    if (!relationships.some((note) => note.relationship?.motivations.includes(motivation))) {
      findings.push({
        key: `motivationUncovered:${motivation}`,
        code: 'motivationUncovered',
        severity: 'gap',
        params: { motivation },
        target: { kind: 'note', noteId: relationships[0]!.id, field: 'motivations', value: motivation },
      });
    }
  }

  const shown = new Set<PhaseId>(phasesOf(canvas.journeyModel));
  for (const note of relationships) {
    const details = note.relationship!;
    const about = { noteId: note.id };
    if (segments.length > 0 && linkedSegments(canvas, note).length === 0) {
      findings.push({
        key: `noSegment:${note.id}`,
        code: 'relationshipWithoutSegment',
        severity: 'gap',
        params: about,
        target: { kind: 'note', noteId: note.id, field: 'segments' },
      });
    }
    if (details.motivations.length === 0) {
      findings.push({
        key: `noMotivation:${note.id}`,
        code: 'relationshipWithoutMotivation',
        severity: 'tip',
        params: about,
        target: { kind: 'note', noteId: note.id, field: 'motivations' },
      });
    }
    if (!details.phases.some((phase) => shown.has(phase))) {
      // Placed only in phases of the other journey model: said so, never "in no phase".
      const elsewhere = hiddenPhases(canvas, note);
      findings.push(
        elsewhere.length > 0
          ? {
              key: `otherModel:${note.id}`,
              code: 'relationshipPhasesInOtherModel',
              severity: 'tip',
              params: { ...about, phases: elsewhere },
              target: { kind: 'note', noteId: note.id, field: 'phases' },
            }
          : {
              key: `noPhase:${note.id}`,
              code: 'relationshipWithoutPhase',
              severity: 'tip',
              params: about,
              target: { kind: 'note', noteId: note.id, field: 'phases' },
            },
      );
    }
    if (details.measures.length === 0) {
      findings.push({
        key: `noMeasure:${note.id}`,
        code: 'relationshipWithoutMeasure',
        severity: 'tip',
        params: about,
        target: { kind: 'note', noteId: note.id, field: 'measures' },
      });
    }
  }
  return bySeverity(findings);
}

/**
 * The phases a relationship or channel note is marked in that the canvas's journey model does not
 * show (marks made under the other model, kept), in journey order.
 */
export function hiddenPhases(canvas: Canvas, note: Note): PhaseId[] {
  const shown = new Set<PhaseId>(phasesOf(canvas.journeyModel));
  const marked = new Set<PhaseId>([
    ...(note.relationship?.phases ?? []),
    ...Object.entries(note.channel?.phases ?? {}).flatMap(([phase, mark]) => (mark?.used ? [phase as PhaseId] : [])),
  ]);
  return PHASE_IDS.filter((phase) => marked.has(phase) && !shown.has(phase));
}

/** Whether a channel note is used in a phase. */
function usedIn(note: Note, phase: PhaseId): boolean {
  return note.channel?.phases[phase]?.used === true;
}

/**
 * What the Channels panel points out: phases of the journey no channel covers (overall and for
 * each segment), an integration level the matrix contradicts, and channels not yet described.
 */
export function channelFindings(canvas: Canvas): Finding<ChannelFindingCode>[] {
  const channels = notesIn(canvas, 'channels');
  const segments = notesIn(canvas, 'customerSegments');
  const phases = phasesOf(canvas.journeyModel);
  const findings: Finding<ChannelFindingCode>[] = [];

  if (channels.length === 0) {
    findings.push({ key: 'noChannels', code: 'noChannels', severity: 'gap', params: {}, target: { kind: 'add' } });
  }
  for (const phase of phases) {
    if (channels.length > 0 && !channels.some((note) => usedIn(note, phase))) {
      findings.push({
        key: `phaseUncovered:${phase}`,
        code: 'phaseUncovered',
        severity: 'gap',
        params: { phase },
        target: { kind: 'phase', phase },
      });
    }
  }
  for (const segment of segments) {
    const serving = channels.filter((note) => note.segmentIds?.includes(segment.id));
    if (serving.length === 0) {
      if (channels.length > 0) {
        findings.push({
          key: `segmentWithoutChannel:${segment.id}`,
          code: 'segmentWithoutChannel',
          severity: 'gap',
          params: { segmentId: segment.id },
          target: { kind: 'note', noteId: channels[0]!.id, field: 'segments', value: segment.id },
        });
      }
      continue;
    }
    const missing = phases.filter((phase) => !serving.some((note) => usedIn(note, phase)));
    if (missing.length > 0) {
      findings.push({
        key: `segmentPhasesUncovered:${segment.id}`,
        code: 'segmentPhasesUncovered',
        severity: 'gap',
        params: { segmentId: segment.id, phases: missing },
        target: { kind: 'phase', phase: missing[0]! },
      });
    }
  }

  const level = canvas.integrationLevel;
  if (level === 'single' && channels.length > 1) {
    findings.push({
      key: 'integration:single',
      code: 'singleWithMany',
      severity: 'contradiction',
      params: { level, count: channels.length },
      target: { kind: 'integration' },
    });
  }
  if (level && level !== 'single' && channels.length === 1) {
    findings.push({
      key: `integration:${level}`,
      code: 'integratedWithOne',
      severity: 'contradiction',
      params: { level, count: channels.length },
      target: { kind: 'integration' },
    });
  }
  if (!level && channels.length > 0) {
    findings.push({ key: 'integration:unset', code: 'integrationUnset', severity: 'tip', params: {}, target: { kind: 'integration' } });
  }

  for (const note of channels) {
    if (!note.channel) {
      findings.push({
        key: `undescribed:${note.id}`,
        code: 'channelUndescribed',
        severity: 'tip',
        params: { noteId: note.id },
        target: { kind: 'note', noteId: note.id, field: 'channel' },
      });
    } else if (!phases.some((phase) => usedIn(note, phase))) {
      const elsewhere = hiddenPhases(canvas, note);
      findings.push(
        elsewhere.length > 0
          ? {
              key: `otherModel:${note.id}`,
              code: 'channelPhasesInOtherModel',
              severity: 'tip',
              params: { noteId: note.id, phases: elsewhere },
              target: { kind: 'note', noteId: note.id, field: 'phases' },
            }
          : {
              key: `noPhase:${note.id}`,
              code: 'channelWithoutPhase',
              severity: 'tip',
              params: { noteId: note.id },
              target: { kind: 'note', noteId: note.id, field: 'phases' },
            },
      );
    }
    if (segments.length > 0 && linkedSegments(canvas, note).length === 0) {
      findings.push({
        key: `noSegment:${note.id}`,
        code: 'channelWithoutSegment',
        severity: 'gap',
        params: { noteId: note.id },
        target: { kind: 'note', noteId: note.id, field: 'segments' },
      });
    }
  }
  return bySeverity(findings);
}

/** Where a finding of the whole-canvas check belongs, and whose words it uses. */
export type FindingArea = 'blocks' | 'valuePropositions' | 'relationships' | 'channels';

export interface AreaFindings {
  area: FindingArea;
  findings: Finding[];
  /** The empty blocks that keep this area from being checked (none when it was checked). */
  waitsFor: BlockId[];
}

/**
 * Empty blocks: every block in the storytelling order that has no note yet. Fixed by adding one.
 */
export function blockFindings(canvas: Canvas): Finding<CanvasFindingCode>[] {
  return STORY_ORDER.filter((blockId) => canvas.blocks[blockId].length === 0).map((blockId) => ({
    key: `emptyBlock:${blockId}`,
    code: 'emptyBlock',
    severity: 'gap' as const,
    params: { blockId },
    target: { kind: 'block' as const, blockId },
  }));
}

/**
 * Value propositions and the segments they are for: a proposition linked to no segment, and
 * (once propositions are being linked) a segment no proposition is for.
 */
export function valueFindings(canvas: Canvas): Finding<CanvasFindingCode>[] {
  const values = notesIn(canvas, 'valuePropositions');
  const segments = notesIn(canvas, 'customerSegments');
  if (values.length === 0 || segments.length === 0) return [];
  const findings: Finding<CanvasFindingCode>[] = [];
  const served = new Set<string>();
  for (const value of values) {
    const linked = linkedSegments(canvas, value);
    for (const segment of linked) served.add(segment.id);
    if (linked.length === 0) {
      findings.push({
        key: `valueWithoutSegment:${value.id}`,
        code: 'valueWithoutSegment',
        severity: 'gap',
        params: { noteId: value.id },
        target: { kind: 'note', noteId: value.id, field: 'segments' },
      });
    }
  }
  if (served.size > 0) {
    for (const segment of segments) {
      if (!served.has(segment.id)) {
        findings.push({
          key: `segmentWithoutValue:${segment.id}`,
          code: 'segmentWithoutValue',
          severity: 'gap',
          params: { segmentId: segment.id },
          target: { kind: 'note', noteId: values[0]!.id, field: 'segments' },
        });
      }
    }
  }
  return findings;
}

/**
 * Every finding of the canvas, by area: empty blocks, value propositions without a segment, and
 * what the relationships panel and the channel map point out. An area whose blocks are empty is
 * not checked (it says which blocks it waits for), and a panel's "there is nothing here yet" is
 * left out where the empty block already says it.
 */
export function canvasFindings(canvas: Canvas): AreaFindings[] {
  const emptyOf = (...blocks: BlockId[]) => blocks.filter((blockId) => canvas.blocks[blockId].length === 0);
  const area = (name: FindingArea, waitsFor: BlockId[], check: () => Finding[]): AreaFindings => ({
    area: name,
    waitsFor,
    findings: waitsFor.length > 0 ? [] : bySeverity(check()),
  });
  const segmentsEmpty = emptyOf('customerSegments').length > 0;
  return [
    area('blocks', [], () => blockFindings(canvas)),
    area('valuePropositions', emptyOf('valuePropositions', 'customerSegments'), () => valueFindings(canvas)),
    area('relationships', emptyOf('customerRelationships'), () =>
      relationshipFindings(canvas).filter((finding) => !(segmentsEmpty && finding.code === 'noSegments')),
    ),
    area('channels', emptyOf('channels'), () => channelFindings(canvas)),
  ];
}
