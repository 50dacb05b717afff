/**
 * The months of the monitoring year as a slider (the whole year, then January to December), with
 * play/pause and a speed: playing steps through the months so the sections change colour month by
 * month. Arrow keys move the slider.
 */
import { useEffect, useState } from 'react';
import { useLang } from '../i18n/i18n-context.tsx';

/** Time per month when playing at 1×, ms. */
const MONTH_MS = 1500;
const SPEEDS = [0.5, 1, 2, 4] as const;

export function TimeSlider({ month, onMonth }: { month: number | null; onMonth: (m: number | null) => void }) {
  const { t } = useLang();
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => onMonth(month === null || month >= 12 ? 1 : month + 1), MONTH_MS / speed);
    return () => clearInterval(timer);
  }, [playing, speed, month, onMonth]);
  return (
    <div className="time-slider" data-testid="time-slider">
      <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing} data-testid="time-play">{playing ? t('pause') : t('play')}</button>
      <input type="range" min={0} max={12} step={1} value={month ?? 0} data-testid="month-slider"
        aria-label={t('month')} aria-valuetext={month === null ? t('wholeYear') : t('monthN', { n: month })}
        onChange={(e) => { const v = Number(e.target.value); onMonth(v === 0 ? null : v); }} />
      <span className="time-label" data-testid="time-label">{month === null ? t('wholeYear') : t('monthN', { n: month })}</span>
      <select aria-label={t('speed')} value={speed} onChange={(e) => setSpeed(Number(e.target.value))} data-testid="time-speed">
        {SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
      </select>
    </div>
  );
}
