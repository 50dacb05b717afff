/** A water class shown as a coloured chip (I…劣V). */
import { formatWaterClass } from '../../core/index.ts';
import type { WaterClass } from '../../core/index.ts';
import { CLASS_COLORS, NO_CLASS_COLOR } from '../../map/index.ts';

export function ClassChip({ cls }: { cls: WaterClass | null }) {
  const dark = cls === 4;
  return (
    <span className="chip" style={{ background: cls ? CLASS_COLORS[cls] : NO_CLASS_COLOR, color: dark ? '#222' : '#fff' }} data-class={formatWaterClass(cls) || 'none'}>
      {formatWaterClass(cls) || '—'}
    </span>
  );
}
