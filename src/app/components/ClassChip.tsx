/** A water class shown as a coloured chip (I…劣V; in English 劣V is "worse than V"). */
import { classText, formatWaterClass } from '../../core/index.ts';
import type { WaterClass } from '../../core/index.ts';
import { CLASS_COLORS, NO_CLASS_COLOR, readableText } from '../../map/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

export function ClassChip({ cls }: { cls: WaterClass | null }) {
  const { lang } = useLang();
  const background = cls ? CLASS_COLORS[cls] : NO_CLASS_COLOR;
  return (
    <span className="chip" style={{ background, color: readableText(background) }} data-class={formatWaterClass(cls) || 'none'}>
      {classText(lang, formatWaterClass(cls)) || '—'}
    </span>
  );
}
