import { useTranslation } from '@/i18n/useTranslation';
import { linkedSegments } from '@/domain/canvas';
import { RELATIONSHIP_TYPES } from '@/domain/relationships';
import type { Canvas, Note } from '@/domain/schema';
import '@/i18n/model-words';

const W = 320;
const H = 220;
/** The plot in left-to-right coordinates; Persian mirrors the whole picture. */
const PLOT = { left: 74, right: W - 12, top: 14, bottom: H - 30 };
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

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
    // Relationships of the same type share a spot: the later ones line up beside it, towards the middle.
    const towardsMiddleX = profile.touch >= 3 ? -1 : 1;
    const towardsMiddleY = profile.cost >= 2 ? 1 : -1;
    const dx = towardsMiddleX * (stack % 3) * 22;
    const dy = towardsMiddleY * Math.floor(stack / 3) * 22;
    const along = clamp(PLOT.left + 14 + ((profile.touch - 1) / 4) * (PLOT.right - PLOT.left - 28) + dx, PLOT.left + 11, PLOT.right - 11);
    const x = rtl ? W - along : along;
    const y = clamp(PLOT.bottom - 14 - ((profile.cost - 1) / 2) * (PLOT.bottom - PLOT.top - 28) + dy, PLOT.top + 11, PLOT.bottom - 11);
    const segment = linkedSegments(canvas, note)[0];
    return { note, index, x, y, color: segment?.color ?? note.color, profile };
  });
  const mirror = (x: number) => (rtl ? W - x : x);
  const direction = rtl ? 'rtl' : 'ltr';
  return (
    <figure className="mix">
      <svg viewBox={`0 0 ${W} ${H}`} role="presentation" aria-hidden="true" className="mix-chart">
        <line x1={mirror(PLOT.left)} y1={PLOT.bottom} x2={mirror(PLOT.right)} y2={PLOT.bottom} className="axis" />
        <line x1={mirror(PLOT.left)} y1={PLOT.bottom} x2={mirror(PLOT.left)} y2={PLOT.top} className="axis" />
        <text x={mirror(PLOT.left)} y={H - 8} textAnchor="start" direction={direction}>
          {t('mix.automated')}
        </text>
        <text x={mirror(PLOT.right)} y={H - 8} textAnchor="end" direction={direction}>
          {t('mix.personal')}
        </text>
        <text x={mirror(PLOT.left - 6)} y={PLOT.top + 8} textAnchor="end" direction={direction} className="axis-label">
          {t('mix.costHigh')}
        </text>
        <text x={mirror(PLOT.left - 6)} y={PLOT.bottom} textAnchor="end" direction={direction} className="axis-label">
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
                type: tApp(`model:relationshipTypes.${point.note.relationship!.type}`),
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
