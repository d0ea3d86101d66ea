import { useTranslation } from '@/i18n/useTranslation';
import { hiddenPhases } from '@/domain/findings';
import { JOURNEY_MODEL_IDS } from '@/domain/journey';
import type { Canvas, Note } from '@/domain/schema';
import { formatList } from '@/i18n/format';
import '@/i18n/model-words';

/**
 * Says when some of `notes` are marked in phases of the journey model the canvas does not show
 * (marks made under the other model are kept), and lists them on request. A canvas has one
 * journey model for relationships and channels alike; this is how the other one's marks stay in sight.
 */
export function OtherModelMarks({ canvas, notes }: { canvas: Canvas; notes: readonly Note[] }) {
  const { t, i18n } = useTranslation();
  const marked = notes.flatMap((note) => {
    const phases = hiddenPhases(canvas, note);
    return phases.length > 0 ? [{ note, phases }] : [];
  });
  if (marked.length === 0) return null;
  const other = JOURNEY_MODEL_IDS.find((model) => model !== canvas.journeyModel)!;
  return (
    <details className="other-model-marks">
      <summary>{t('model:journeyModels.otherMarks', { count: marked.length, model: t(`model:journeyModels.${other}`) })}</summary>
      <p>{t('model:journeyModels.otherMarksExplain', { model: t(`model:journeyModels.${other}`) })}</p>
      <ul>
        {marked.map(({ note, phases }) => (
          <li key={note.id}>
            <bdi dir="auto">{note.text}</bdi>
            {t('model:journeyModels.otherMarksPhases', {
              phases: formatList(
                phases.map((phase) => t(`model:phases.${phase}`)),
                i18n.language,
              ),
            })}
          </li>
        ))}
      </ul>
    </details>
  );
}
