/**
 * A comparison laid out as the canvas is: per block, the later canvas's notes in their order,
 * each with what happened to it, and the notes taken away put back in their old place. Words for
 * each change come from `changeLines`; the screen and the Markdown file both read this.
 */
import type { TFunction } from '@/i18n/translator';
import { BLOCK_IDS, type BlockId } from '@/domain/blocks';
import { detailChanges, diffCanvases, type CanvasDiff, type NoteChange } from '@/domain/diff';
import type { Canvas, Measure, Note } from '@/domain/schema';
import '@/i18n/model-words';

/** The app's `t`, which reads any namespace by `ns:key`. */
type Translate = TFunction;

export type Mark = 'added' | 'removed' | 'changed' | 'moved';

/** The trace a note that moved leaves in the block it left (not a change of its own: counted where it went). */
export type Trace = 'movedAway';

export interface CompareEntry {
  note: Note;
  /** The canvas the note is drawn from (the earlier one for a note taken away). */
  canvas: Canvas;
  /** What happened to it, in words' order; empty when nothing did. */
  marks: Mark[];
  change: NoteChange | null;
  /** Set on the ghost of a note that moved, in the block it left. */
  trace?: Trace;
}

export interface CompareBlock {
  blockId: BlockId;
  entries: CompareEntry[];
  /** How many of its notes changed, and notes that left it for another block. */
  count: number;
}

export interface Comparison {
  diff: CanvasDiff;
  blocks: CompareBlock[];
  totals: Record<Mark, number>;
}

export function marksOf(change: NoteChange | null): Mark[] {
  if (!change) return [];
  if (change.kind !== 'changed') return [change.kind];
  const marks: Mark[] = [];
  if (change.from !== null) marks.push('moved');
  if (change.fields.length > 0) marks.push('changed');
  return marks;
}

/** Lays out what changed from `earlier` to `later`, block by block. */
export function compareCanvases(earlier: Canvas, later: Canvas): Comparison {
  const diff = diffCanvases(earlier, later);
  const byId = new Map(diff.notes.filter((change) => change.kind !== 'removed').map((change) => [change.id, change]));
  const totals: Record<Mark, number> = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const change of diff.notes) for (const mark of marksOf(change)) totals[mark] += 1;
  const blocks = BLOCK_IDS.map((blockId): CompareBlock => {
    const entries: CompareEntry[] = later.blocks[blockId].map((id) => {
      const change = byId.get(id) ?? null;
      return { note: later.notes[id]!, canvas: later, marks: marksOf(change), change };
    });
    // A note taken away goes back where it was, and one that moved to another block leaves a
    // ghost there, each at its place in the earlier order.
    const gone: { index: number; entry: CompareEntry }[] = [];
    for (const change of diff.notes) {
      if (change.kind === 'removed' && change.block === blockId)
        gone.push({ index: change.index, entry: { note: change.before, canvas: earlier, marks: ['removed'], change } });
      else if (change.kind === 'changed' && change.from === blockId)
        gone.push({
          index: earlier.blocks[blockId].indexOf(change.id),
          entry: { note: change.before, canvas: earlier, marks: [], change, trace: 'movedAway' },
        });
    }
    for (const { index, entry } of gone.sort((a, b) => a.index - b.index)) entries.splice(Math.min(index, entries.length), 0, entry);
    return { blockId, entries, count: entries.filter((entry) => entry.marks.length > 0 || entry.trace).length };
  });
  return { diff, blocks, totals };
}

/**
 * The words that say how a changed note changed (its old text, its colour, votes, and the
 * details of a relationship or a channel), in the reader's language. `t` has the versions,
 * channels and app texts.
 */
export function changeLines(change: NoteChange | null, earlier: Canvas, later: Canvas, t: Translate, language: string): string[] {
  if (!change || change.kind !== 'changed') return [];
  const number = new Intl.NumberFormat(language);
  const unset = t('versions:change.unset');
  const lines: string[] = [];
  const { before, after, fields } = change;
  if (fields.includes('text')) lines.push(t('versions:change.before', { text: before.text }));
  if (fields.includes('color')) lines.push(t('versions:change.color'));
  if (fields.includes('votes'))
    lines.push(t('versions:change.votes', { before: number.format(before.votes ?? 0), after: number.format(after.votes ?? 0) }));
  const list = (items: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  const segmentName = (id: string) => (later.notes[id] ?? earlier.notes[id])?.text ?? '';
  for (const detail of detailChanges(before, after)) {
    switch (detail.detail) {
      case 'type':
        lines.push(
          t('versions:change.type', {
            before: detail.before ? t(`model:relationshipTypes.${detail.before}` as 'model:relationshipTypes.personal') : unset,
            after: detail.after ? t(`model:relationshipTypes.${detail.after}` as 'model:relationshipTypes.personal') : unset,
          }),
        );
        break;
      case 'ownership':
      case 'reach':
      case 'medium':
      case 'cost': {
        const word = (value: string | undefined) => (value ? t(`channels:options.${value}` as 'channels:options.own') : unset);
        lines.push(t(`versions:change.${detail.detail}`, { before: word(detail.before), after: word(detail.after) }));
        break;
      }
      case 'phases':
      case 'motivations':
      case 'segments': {
        const word = (item: string) =>
          detail.detail === 'phases'
            ? t(`model:phases.${item}` as 'model:phases.awareness')
            : detail.detail === 'motivations'
              ? t(`model:motivations.${item}` as 'model:motivations.acquisition')
              : segmentName(item);
        if (detail.added.length > 0) lines.push(t(`versions:change.${detail.detail}Added`, { list: list(detail.added.map(word)) }));
        if (detail.removed.length > 0) lines.push(t(`versions:change.${detail.detail}Removed`, { list: list(detail.removed.map(word)) }));
        break;
      }
      case 'measures':
        lines.push(...measureLines(before, after, t));
        break;
      case 'rating':
        lines.push(
          t('versions:change.rating', {
            phase: t(`model:phases.${detail.phase}` as 'model:phases.awareness'),
            before: detail.before === undefined ? unset : number.format(detail.before),
            after: detail.after === undefined ? unset : number.format(detail.after),
          }),
        );
        break;
    }
  }
  return lines;
}

/** The canvas's own fields that changed (title, journey model, integration of channels), in words. */
export function canvasLines(diff: CanvasDiff, t: Translate): string[] {
  const lines: string[] = [];
  const { title, journeyModel, integrationLevel } = diff.fields;
  const none = t('versions:compare.none');
  if (title) {
    const word = (value: string) => (value.trim() ? `“${value.trim()}”` : t('versions:compare.untitled'));
    lines.push(t('versions:compare.title_field', { before: word(title.before), after: word(title.after) }));
  }
  if (journeyModel)
    lines.push(
      t('versions:compare.journeyModel', {
        before: t(`model:journeyModels.${journeyModel.before}` as 'model:journeyModels.channelPhases'),
        after: t(`model:journeyModels.${journeyModel.after}` as 'model:journeyModels.channelPhases'),
      }),
    );
  if (integrationLevel) {
    const word = (value: string | undefined) =>
      value ? t(`channels:integration.${value}.name` as 'channels:integration.single.name') : none;
    lines.push(t('versions:compare.integrationLevel', { before: word(integrationLevel.before), after: word(integrationLevel.after) }));
  }
  return lines;
}

/** Which measures of a relationship were added, taken away or given another target, by name. */
function measureLines(before: Note, after: Note, t: Translate): string[] {
  const earlier = before.relationship?.measures ?? [];
  const later = after.relationship?.measures ?? [];
  const name = (measure: Measure) =>
    measure.kind === 'custom' && measure.label.trim()
      ? measure.label.trim()
      : t(`relationships:measureKinds.${measure.kind}` as 'relationships:measureKinds.nps');
  const target = (measure: Measure) => (measure.target.trim() ? `“${measure.target.trim()}”` : t('versions:change.noTarget'));
  const lines: string[] = [];
  for (const measure of later) {
    const was = earlier.find((candidate) => candidate.id === measure.id);
    if (!was) lines.push(t('versions:change.measureAdded', { name: name(measure) }));
    else if (was.target !== measure.target || was.kind !== measure.kind || was.label !== measure.label)
      lines.push(t('versions:change.measureTarget', { name: name(measure), before: target(was), after: target(measure) }));
  }
  for (const measure of earlier)
    if (!later.some((candidate) => candidate.id === measure.id)) lines.push(t('versions:change.measureRemoved', { name: name(measure) }));
  return lines;
}
