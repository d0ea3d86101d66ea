/**
 * A comparison as Markdown: "What changed between … and …", the canvas's own changes, then per
 * block (in storytelling order) each note that changed, with the words the screen shows.
 */
import { translator } from '@/i18n/translator';
import { STORY_ORDER } from '@/domain/blocks';
import { escapeMarkdown } from '@/domain/markdown-text';
import type { Canvas } from '@/domain/schema';
import { formatDateTime } from '@/i18n/format';
import type { CompareSide } from '@/store/versions';
import { canvasLines, changeLines, compareCanvases } from './compare-model';
import { versionLabel } from './version-actions';

/** How a side of a comparison is named: a version's name and time, or "now". */
export function sideLabel(side: CompareSide, language: string): string {
  return side.kind === 'now' ? translator.t('versions:compare.now', { lng: language }) : versionLabel(side.version, language);
}

/** Text in a line of the list stays on one line. */
const oneLine = (text: string) => escapeMarkdown(text).replace(/\s*\n\s*/g, ' ');

export function comparisonMarkdown(
  earlier: Canvas,
  later: Canvas,
  earlierLabel: string,
  laterLabel: string,
  language: string,
  now = new Date().toISOString(),
): string {
  const t = translator.t;
  const comparison = compareCanvases(earlier, later);
  const number = new Intl.NumberFormat(language);
  const out: string[] = [
    `# ${oneLine(t('versions:markdown.title', { earlier: earlierLabel, later: laterLabel }))}`,
    '',
    oneLine(t('versions:markdown.canvas', { title: later.title.trim() || t('header.titlePlaceholder') })),
    '',
    t('versions:markdown.made', { date: formatDateTime(now, language) }),
    '',
  ];
  const fields = canvasLines(comparison.diff, translator.t);
  const changed = comparison.blocks.some((block) => block.count > 0);
  if (!changed && fields.length === 0) return [...out, t('versions:markdown.nothing'), ''].join('\n');
  out.push(
    t('versions:compare.summary', {
      added: number.format(comparison.totals.added),
      removed: number.format(comparison.totals.removed),
      changed: number.format(comparison.totals.changed),
      moved: number.format(comparison.totals.moved),
    }),
    '',
  );
  if (fields.length > 0) {
    out.push(`## ${t('versions:compare.canvasFields')}`, '', ...fields.map((line) => `- ${oneLine(line)}`), '');
  }
  const blocks = new Map(comparison.blocks.map((block) => [block.blockId, block]));
  for (const blockId of STORY_ORDER) {
    const block = blocks.get(blockId)!;
    if (block.count === 0) continue;
    out.push(`## ${t(`blocks.${blockId}.name`)} (${t('versions:compare.blockCount', { count: block.count })})`, '');
    for (const entry of block.entries) {
      if (entry.trace === 'movedAway' && entry.change) {
        out.push(`- **${t('versions:mark.movedAway', { block: t(`blocks.${entry.change.block}.name`) })}**: ${oneLine(entry.note.text)}`);
        continue;
      }
      if (entry.marks.length === 0) continue;
      const from = entry.change?.kind === 'changed' && entry.change.from ? t(`blocks.${entry.change.from}.name`) : null;
      const words = entry.marks
        .map((mark) =>
          mark === 'moved' && from
            ? `${t('versions:mark.moved')} ${t('versions:change.movedFrom', { block: from })}`
            : t(`versions:mark.${mark}`),
        )
        .join(', ');
      out.push(`- **${words}**: ${oneLine(entry.note.text)}`);
      for (const line of changeLines(entry.change, earlier, later, translator.t, language)) out.push(`  - ${oneLine(line)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
