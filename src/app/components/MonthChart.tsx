/** Twelve bars, one per month, coloured and sized by the class of that month's sample. */
import { formatWaterClass } from '../../core/index.ts';
import type { WaterClass } from '../../core/index.ts';
import { CLASS_COLORS } from '../../map/index.ts';

export function MonthChart({ classes, label }: { classes: readonly (WaterClass | null)[]; label: string }) {
  const w = 18, gap = 4, h = 90;
  return (
    <figure className="month-chart">
      <figcaption>{label}</figcaption>
      <svg viewBox={`0 0 ${12 * (w + gap)} ${h + 30}`} width="100%" role="img" aria-label={label} data-testid="month-chart">
        {classes.map((c, i) => {
          const bh = c ? (c / 6) * h : 0;
          return (
            <g key={i}>
              {c && <rect x={i * (w + gap)} y={h - bh} width={w} height={bh} fill={CLASS_COLORS[c]} data-month={i + 1} data-class={formatWaterClass(c)} />}
              <text x={i * (w + gap) + w / 2} y={h + 12} fontSize="10" textAnchor="middle" fill="#455a64">{i + 1}</text>
              <text x={i * (w + gap) + w / 2} y={h + 26} fontSize="9" textAnchor="middle" fill="#263238">{c ? formatWaterClass(c) : '—'}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
