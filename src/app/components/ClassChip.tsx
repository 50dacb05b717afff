/** A water class shown as a coloured chip (I…劣V). */
import { formatWaterClass } from '../../core/index.ts';
import type { WaterClass } from '../../core/index.ts';
import { CLASS_COLORS, NO_CLASS_COLOR, readableText } from '../../map/index.ts';

export function ClassChip({ cls }: { cls: WaterClass | null }) {
  const background = cls ? CLASS_COLORS[cls] : NO_CLASS_COLOR;
  return (
    <span className="chip" style={{ background, color: readableText(background) }} data-class={formatWaterClass(cls) || 'none'}>
      {formatWaterClass(cls) || '—'}
    </span>
  );
}
