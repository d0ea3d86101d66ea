/**
 * The canvas as Markdown: a heading per block in storytelling order, notes as bullets, and the
 * details of relationships and channels as sub-bullets, in the reader's language. Loaded only when
 * the user exports Markdown (it brings the panels' label texts with it).
 */
import { translator } from '@/i18n/translator';
import channelsEn from '@locales/en/channels.json';
import channelsFa from '@locales/fa/channels.json';
import relationshipsEn from '@locales/en/relationships.json';
import relationshipsFa from '@locales/fa/relationships.json';
import { STORY_ORDER } from '@/domain/blocks';
import { phasesOf } from '@/domain/journey';
import { escapeMarkdown } from '@/domain/markdown-text';
import type { Canvas, Channel, Note, Relationship } from '@/domain/schema';
import { formatDateTime, formatList } from '@/i18n/format';
import { addNamespace } from '@/i18n/namespaces';
import './files-namespace';
import '@/i18n/model-words';

addNamespace('channels', { en: channelsEn, fa: channelsFa });
addNamespace('relationships', { en: relationshipsEn, fa: relationshipsFa });

const t = translator.t;

/** The whole canvas as a Markdown document, stamped with the time of export. */
export function canvasToMarkdown(canvas: Canvas, now: string): string {
  const language = translator.language;
  const list = (items: readonly string[]) => formatList(items, language);
  const lines: string[] = [
    `# ${oneLine(canvas.title.trim() || t('header.titlePlaceholder'))}`,
    '',
    `${t('app.canvasLabel')} · ${t('files:markdown.exported', { date: formatDateTime(now, language) })}`,
    '',
    `${t('model:journeyModels.label')}: ${t(`model:journeyModels.${canvas.journeyModel}`)}`,
  ];

  const details = (note: Note): string[] => {
    const out: string[] = [];
    const segments = (note.segmentIds ?? []).flatMap((id) => (Object.hasOwn(canvas.notes, id) ? [canvas.notes[id]!.text] : []));
    if (note.votes) out.push(t('voting.count', { count: note.votes }));
    if (note.relationship) out.push(...relationshipDetails(note.relationship, list));
    if (segments.length) out.push(t('note.serves', { segments: list(segments.map(oneLine)) }));
    if (note.channel) out.push(...channelDetails(note.channel, canvas, list));
    return out;
  };

  for (const blockId of STORY_ORDER) {
    lines.push('', `## ${t(`blocks.${blockId}.name`)}`, '');
    if (blockId === 'channels' && canvas.integrationLevel) {
      const level = canvas.integrationLevel;
      lines.push(
        `${t('channels:integration.title')}: ${t(`channels:integration.${level}.name`)} (${t(`channels:integration.${level}.meaning`)})`,
        '',
      );
    }
    const ids = canvas.blocks[blockId];
    if (ids.length === 0) {
      lines.push(`_${t('files:markdown.empty')}_`);
      continue;
    }
    for (const id of ids) {
      const note = canvas.notes[id]!;
      const [first = '', ...rest] = escapeMarkdown(note.text).split('\n');
      lines.push(`- ${first}`, ...rest.map((line) => (line ? `  ${line}` : '')));
      lines.push(...details(note).map((line) => `  - ${line}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

function relationshipDetails(relationship: Relationship, list: (items: readonly string[]) => string): string[] {
  const out = [t('files:markdown.type', { type: t(`model:relationshipTypes.${relationship.type}`) })];
  if (relationship.motivations.length) {
    out.push(t('files:markdown.motivations', { list: list(relationship.motivations.map((m) => t(`model:motivations.${m}`))) }));
  }
  if (relationship.phases.length)
    out.push(t('files:markdown.phases', { list: list(relationship.phases.map((p) => t(`model:phases.${p}`))) }));
  for (const measure of relationship.measures) {
    const name = measure.kind === 'custom' && measure.label.trim() ? measure.label : t(`relationships:measureKinds.${measure.kind}`);
    out.push(
      measure.target.trim()
        ? t('files:markdown.measureWithTarget', { name: oneLine(name), target: oneLine(measure.target) })
        : t('files:markdown.measure', { name: oneLine(name) }),
    );
  }
  return out;
}

function channelDetails(channel: Channel, canvas: Canvas, list: (items: readonly string[]) => string): string[] {
  const option = (value: string) => t(`channels:options.${value}` as 'channels:options.own');
  // Only what the user chose is stated; a detail never chosen is left out, not guessed.
  const details = [channel.ownership, channel.reach, channel.medium].flatMap((value) => (value ? [option(value)] : []));
  if (channel.cost) details.push(t('files:markdown.channelCost', { cost: option(channel.cost) }));
  const out = details.length ? [details.join(t('files:markdown.detailSeparator'))] : [];
  const used = phasesOf(canvas.journeyModel).flatMap((phase) => {
    const mark = channel.phases[phase];
    if (!mark?.used) return [];
    const name = t(`model:phases.${phase}`);
    return [mark.rating ? t('files:markdown.phaseRating', { phase: name, rating: mark.rating }) : name];
  });
  out.push(used.length ? t('files:markdown.channelPhases', { list: list(used) }) : t('files:markdown.noPhase'));
  return out;
}

/** Text in a detail line stays on one line. */
function oneLine(text: string): string {
  return escapeMarkdown(text).replace(/\s*\n\s*/g, ' ');
}
