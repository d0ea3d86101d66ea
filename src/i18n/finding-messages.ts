/**
 * The words for findings, in one place for every view that lists them (the relationships panel,
 * the channel map, the whole-canvas check). Loaded with those views: their namespaces come with.
 */
import i18next from 'i18next';
import type { Finding, FindingArea } from '@/domain/findings';
import type { Canvas } from '@/domain/schema';
import checkEn from '@locales/en/check.json';
import checkFa from '@locales/fa/check.json';
import channelsEn from '@locales/en/channels.json';
import channelsFa from '@locales/fa/channels.json';
import relationshipsEn from '@locales/en/relationships.json';
import relationshipsFa from '@locales/fa/relationships.json';
import { formatList, isolateWithin } from './format';
import { addNamespace } from './namespaces';

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
    i18next.language,
  );
}

/** The phases a finding names, as a list in the reader's language. */
function phaseList(finding: Finding): string {
  return formatList(
    (finding.params.phases ?? []).map((phase) => i18next.t(`phases.${phase}`)),
    i18next.language,
  );
}

/** A finding of the relationships panel, in the current language. */
export function relationshipFindingText(canvas: Canvas, finding: Finding): string {
  const t = i18next.getFixedT(null, 'relationships');
  const tApp = i18next.getFixedT(null, 'app');
  const otherType = finding.params.otherNoteId ? canvas.notes[finding.params.otherNoteId]?.relationship?.type : undefined;
  return t(`findings.${finding.code as 'untyped'}`, {
    note: nameOf(canvas, finding.params.noteId),
    other: nameOf(canvas, finding.params.otherNoteId),
    segment: nameOf(canvas, finding.params.segmentId),
    motivation: finding.params.motivation ? tApp(`motivations.${finding.params.motivation}`) : '',
    otherType: otherType ? tApp(`relationshipTypes.${otherType}`) : '',
    phases: phaseList(finding),
  });
}

/** A finding of the channel map, in the current language. */
export function channelFindingText(canvas: Canvas, finding: Finding): string {
  const t = i18next.getFixedT(null, 'channels');
  const tApp = i18next.getFixedT(null, 'app');
  return t(`findings.${finding.code as 'noChannels'}`, {
    note: nameOf(canvas, finding.params.noteId),
    segment: nameOf(canvas, finding.params.segmentId),
    phase: finding.params.phase ? tApp(`phases.${finding.params.phase}`) : '',
    hint: finding.params.phase ? t(`phaseHints.${finding.params.phase}`) : '',
    phases: phaseList(finding),
    level: finding.params.level ? t(`integration.${finding.params.level}.name`) : '',
    count: finding.params.count ?? 0,
  });
}

/** Any finding of the whole-canvas check, by the area it belongs to. */
export function findingText(area: FindingArea, canvas: Canvas, finding: Finding): string {
  if (area === 'relationships') return relationshipFindingText(canvas, finding);
  if (area === 'channels') return channelFindingText(canvas, finding);
  const t = i18next.getFixedT(null, 'check');
  return t(`findings.${finding.code as 'emptyBlock'}`, {
    block: finding.params.blockId ? i18next.t(`blocks.${finding.params.blockId}.name`) : '',
    note: nameOf(canvas, finding.params.noteId),
    segment: nameOf(canvas, finding.params.segmentId),
  });
}
