import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { canvasFindings, type Finding, type FindingArea } from '@/domain/findings';
import { findingText } from '@/i18n/finding-messages';
import { formatList } from '@/i18n/format';
import { selectCurrentCanvas, useCanvasStore } from '@/store/canvas-store';
import { boardPlaces } from '@/store/board-places';
import { isPanelId, requestPanel } from '@/store/navigation';
import { Dialog } from '@/ui/Dialog';
import { FindingsList } from '@/ui/FindingsList';
import './check.css';

const SEVERITY_OF = { contradictions: 'contradiction', gaps: 'gap', tips: 'tip' } as const;

/**
 * "Check canvas": everything the canvas lacks or contradicts, by area, each finding a link to the
 * place it is fixed: an empty block's add button, the segments of a value proposition, or the
 * relationships panel or channel map opened at the finding.
 */
export default function CheckDialog({ onClose }: { onClose: (returnFocus?: boolean) => void }) {
  const { t, i18n } = useTranslation('check');
  const { t: tApp } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A change behind the list (an undo, another tab) can take away the finding that had focus:
  // focus then goes to the heading rather than out of the dialog.
  useEffect(() => {
    if (document.activeElement === document.body) headingRef.current?.focus();
  });
  const canvas = useCanvasStore(selectCurrentCanvas);
  const areas = useMemo(() => canvasFindings(canvas), [canvas]);
  const titleId = useId();
  const all = areas.flatMap((area) => area.findings);
  const count = (severity: Finding['severity']) => all.filter((finding) => finding.severity === severity).length;

  const go = (area: FindingArea, finding: Finding) => {
    onClose(false);
    const target = finding.target;
    if (isPanelId(area)) {
      requestPanel(area, finding);
    } else if (target.kind === 'block') {
      // Once the dialog (which makes the page inert) has closed.
      requestAnimationFrame(() => boardPlaces.focusAddNote(target.blockId));
    } else if (target.kind === 'note') {
      requestAnimationFrame(() => boardPlaces.focusNoteSegments(target.noteId));
    }
  };

  return (
    <Dialog labelledBy={titleId} onClose={() => onClose(true)} className="panel check-dialog">
      <div className="panel-header">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('title')}
        </h2>
        <p className="panel-intro">{t('intro')}</p>
      </div>
      <div className="check-body">
        {all.length === 0 ? (
          <p className="findings-none">{t('none')}</p>
        ) : (
          <>
            <p className="check-summary" role="status">
              {t('summary', {
                list: formatList(
                  (['contradictions', 'gaps', 'tips'] as const)
                    .map((kind) => ({ kind, count: count(SEVERITY_OF[kind]) }))
                    .filter(({ count: n }) => n > 0)
                    .map(({ kind, count: n }) => t(kind, { count: n })),
                  i18n.language,
                ),
              })}
            </p>
            {areas.map(({ area, findings, waitsFor }) => (
              <section key={area} aria-labelledby={`${titleId}-${area}`} className="check-area">
                <h3 id={`${titleId}-${area}`}>{t(`areas.${area}`)}</h3>
                {waitsFor.length > 0 ? (
                  <p className="check-waiting">
                    {t('notChecked', {
                      blocks: formatList(
                        waitsFor.map((id) => tApp(`blocks.${id}.name`)),
                        i18n.language,
                      ),
                    })}
                  </p>
                ) : (
                  <FindingsList
                    findings={findings}
                    empty={t('areaNone')}
                    message={(finding) => findingText(canvas, finding)}
                    onSelect={(finding) => go(area, finding)}
                  />
                )}
              </section>
            ))}
          </>
        )}
      </div>
    </Dialog>
  );
}
