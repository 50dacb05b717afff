/** Twelve bars, one per month, coloured and sized by the class of that month's sample. */
import { classText, formatWaterClass } from '../../core/index.ts';
import type { WaterClass } from '../../core/index.ts';
import { CLASS_COLORS } from '../../map/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

/** A month's class under its bar; a label of several words ("worse than V") on two smaller lines, to fit the bar's width. */
function ClassLabel({ x, y, text }: { x: number; y: number; text: string }) {
  const words = text.split(' ');
  if (words.length === 1) return <text x={x} y={y} fontSize="9" textAnchor="middle" fill="#263238">{text}</text>;
  return (
    <text x={x} y={y - 3} fontSize="6" textAnchor="middle" fill="#263238">
      <tspan x={x}>{words[0]}</tspan>
      <tspan x={x} dy="7">{words.slice(1).join(' ')}</tspan>
    </text>
  );
}

export function MonthChart({ classes, label }: { classes: readonly (WaterClass | null)[]; label: string }) {
  const { lang } = useLang();
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
              <ClassLabel x={i * (w + gap) + w / 2} y={h + 26} text={c ? classText(lang, formatWaterClass(c)) : '—'} />
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
