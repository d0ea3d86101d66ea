import { useTranslation } from 'react-i18next';
import { linkedSegments } from '@/domain/findings';
import { RELATIONSHIP_TYPES } from '@/domain/relationships';
import type { Canvas, Note } from '@/domain/schema';

const W = 320;
const H = 220;
const PLOT = { left: 28, right: W - 12, top: 16, bottom: H - 34 };

/**
 * The chosen relationships placed by personal touch (automated → personal, along the reading
 * direction) and cost (low → high, upwards). Numbered dots, with the legend as an ordered list that
 * says the same in words for screen readers.
 */
export function MixChart({ canvas, notes }: { canvas: Canvas; notes: readonly Note[] }) {
  const { t, i18n } = useTranslation('relationships');
  const { t: tApp } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  const typed = notes.filter((note) => note.relationship);
  if (typed.length === 0) return <p className="panel-empty">{t('mix.empty')}</p>;
  const number = new Intl.NumberFormat(i18n.language);
  const seen = new Map<string, number>();
  const points = typed.map((note, index) => {
    const profile = RELATIONSHIP_TYPES[note.relationship!.type];
    const key = `${profile.touch}:${profile.cost}`;
    const stack = seen.get(key) ?? 0;
    seen.set(key, stack + 1);
    const along = PLOT.left + ((profile.touch - 1) / 4) * (PLOT.right - PLOT.left - 24) + 12 + stack * 14;
    const x = rtl ? W - along : along;
    const y = PLOT.bottom - ((profile.cost - 1) / 2) * (PLOT.bottom - PLOT.top - 24) - 12 - (stack % 2) * 8;
    const segment = linkedSegments(canvas, note)[0];
    return { note, index, x, y, color: segment?.color ?? note.color, profile };
  });
  const start = rtl ? PLOT.right : PLOT.left;
  const end = rtl ? PLOT.left : PLOT.right;
  return (
    <figure className="mix">
      <svg viewBox={`0 0 ${W} ${H}`} role="presentation" aria-hidden="true" className="mix-chart">
        <line x1={start} y1={PLOT.bottom} x2={end} y2={PLOT.bottom} className="axis" />
        <line x1={start} y1={PLOT.bottom} x2={start} y2={PLOT.top} className="axis" />
        <text x={start} y={H - 12} textAnchor="start" direction={rtl ? 'rtl' : 'ltr'}>{t('mix.automated')}</text>
        <text x={end} y={H - 12} textAnchor="end" direction={rtl ? 'rtl' : 'ltr'}>{t('mix.personal')}</text>
        <text x={start + (rtl ? -6 : 6)} y={PLOT.top + 4} textAnchor="start" direction={rtl ? 'rtl' : 'ltr'} className="axis-label">
          {t('mix.costHigh')}
        </text>
        <text x={start + (rtl ? -6 : 6)} y={PLOT.bottom - 6} textAnchor="start" direction={rtl ? 'rtl' : 'ltr'} className="axis-label">
          {t('mix.costLow')}
        </text>
        {points.map((point) => (
          <g key={point.note.id}>
            <circle cx={point.x} cy={point.y} r="10" className="mix-dot" data-color={point.color} />
            <text x={point.x} y={point.y + 4} textAnchor="middle" className="mix-number">
              {number.format(point.index + 1)}
            </text>
          </g>
        ))}
      </svg>
      <ol className="mix-legend">
        {points.map((point) => (
          <li key={point.note.id}>
            <span className="mix-key" data-color={point.color} aria-hidden="true">
              {number.format(point.index + 1)}
            </span>
            <span>
              {t('mix.item', {
                text: point.note.text,
                type: tApp(`relationshipTypes.${point.note.relationship!.type}`),
                touch: t(`levels.touch_${point.profile.touch}`),
                cost: t(`levels.cost_${point.profile.cost}`),
              })}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
