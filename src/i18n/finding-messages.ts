/**
 * The words for findings, in one place for every view that lists them (the relationships panel,
 * the channel map, the whole-canvas check). Loaded with those views: their namespaces come with.
 */
import { translator } from '@/i18n/translator';
import {
  CANVAS_FINDINGS,
  CHANNEL_FINDINGS,
  RELATIONSHIP_FINDINGS,
  type CanvasFindingCode,
  type ChannelFindingCode,
  type Finding,
  type FindingCode,
  type RelationshipFindingCode,
} from '@/domain/findings';
import type { Canvas } from '@/domain/schema';
import checkEn from '@locales/en/check.json';
import checkFa from '@locales/fa/check.json';
import channelsEn from '@locales/en/channels.json';
import channelsFa from '@locales/fa/channels.json';
import relationshipsEn from '@locales/en/relationships.json';
import relationshipsFa from '@locales/fa/relationships.json';
import { formatList, isolateWithin } from './format';
import { addNamespace } from './namespaces';
import './model-words';

addNamespace('relationships', { en: relationshipsEn, fa: relationshipsFa });
addNamespace('channels', { en: channelsEn, fa: channelsFa });
addNamespace('check', { en: checkEn, fa: checkFa });

/** The longest piece of a note quoted in a message; a longer note is cut, with "…". */
const QUOTE_LENGTH = 60;

/**
 * A note as a message names it: its text on one line, cut to a quotable length, and isolated when
 * it is in the other script (or holds direction controls), so it cannot reorder the sentence.
 */
function nameOf(canvas: Canvas, id: string | undefined): string {
  const text = ((id && canvas.notes[id]?.text) || '').replace(/\s+/gu, ' ').trim();
  const chars = [...text];
  if (chars.length === 0) return '';
  return isolateWithin(
    chars.length > QUOTE_LENGTH
      ? `${chars
          .slice(0, QUOTE_LENGTH - 1)
          .join('')
          .trimEnd()}…`
      : text,
    translator.language,
  );
}

/** The phases a finding names, as a list in the reader's language. */
function phaseList(finding: Finding): string {
  return formatList(
    (finding.params.phases ?? []).map((phase) => translator.t(`model:phases.${phase}`)),
    translator.language,
  );
}

/** A finding of the relationships panel, in the current language. */
export function relationshipFindingText(canvas: Canvas, finding: Finding<RelationshipFindingCode>): string {
  const t = translator.getFixedT(null, 'relationships');
  const tApp = translator.getFixedT(null, 'app');
  const otherType = finding.params.otherNoteId ? canvas.notes[finding.params.otherNoteId]?.relationship?.type : undefined;
  return t(`findings.${finding.code}`, {
    note: nameOf(canvas, finding.params.noteId),
    other: nameOf(canvas, finding.params.otherNoteId),
    segment: nameOf(canvas, finding.params.segmentId),
    motivation: finding.params.motivation ? tApp(`model:motivations.${finding.params.motivation}`) : '',
    otherType: otherType ? tApp(`model:relationshipTypes.${otherType}`) : '',
    phases: phaseList(finding),
  });
}

/** A finding of the channel map, in the current language. */
export function channelFindingText(canvas: Canvas, finding: Finding<ChannelFindingCode>): string {
  const t = translator.getFixedT(null, 'channels');
  const tApp = translator.getFixedT(null, 'app');
  return t(`findings.${finding.code}`, {
    note: nameOf(canvas, finding.params.noteId),
    segment: nameOf(canvas, finding.params.segmentId),
    phase: finding.params.phase ? tApp(`model:phases.${finding.params.phase}`) : '',
    hint: finding.params.phase ? t(`phaseHints.${finding.params.phase}`) : '',
    phases: phaseList(finding),
    level: finding.params.level ? t(`integration.${finding.params.level}.name`) : '',
    count: finding.params.count ?? 0,
  });
}

const isOneOf = <Code extends FindingCode>(codes: readonly Code[], code: FindingCode): code is Code =>
  (codes as readonly FindingCode[]).includes(code);

/** Any finding of the whole-canvas check, in the words of the view it belongs to. */
export function findingText(canvas: Canvas, finding: Finding): string {
  const { code } = finding;
  if (isOneOf(RELATIONSHIP_FINDINGS, code)) return relationshipFindingText(canvas, { ...finding, code });
  if (isOneOf(CHANNEL_FINDINGS, code)) return channelFindingText(canvas, { ...finding, code });
  if (isOneOf(CANVAS_FINDINGS, code)) return canvasFindingText(canvas, { ...finding, code });
  // Every code is of one of the three views: a new one left out of its list fails the build here.
  const unknown: never = code;
  return unknown;
}

function canvasFindingText(canvas: Canvas, finding: Finding<CanvasFindingCode>): string {
  const t = translator.getFixedT(null, 'check');
  return t(`findings.${finding.code}`, {
    block: finding.params.blockId ? translator.t(`blocks.${finding.params.blockId}.name`) : '',
    note: nameOf(canvas, finding.params.noteId),
    segment: nameOf(canvas, finding.params.segmentId),
  });
}
