/** Asks which coordinate system projected data without one is in, offering the likely ones. */
import type { CrsCandidate } from '../../core/index.ts';
import { formatNumber } from '../../core/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

export interface CrsQuestion {
  readonly file: string;
  readonly sample: readonly [number, number];
  readonly candidates: readonly CrsCandidate[];
}

export function CrsDialog({ q, onPick, onCancel }: { q: CrsQuestion; onPick: (code: string) => void; onCancel: () => void }) {
  const { lang, t } = useLang();
  return (
    <div className="dialog-backdrop">
      <section className="panel dialog" role="dialog" aria-label="CRS" data-testid="crs-dialog">
        <p>{t('chooseCrsText', { file: q.file, x: q.sample[0], y: q.sample[1] })}</p>
        <ul className="crs-choices">
          {q.candidates.map((c) => (
            <li key={c.crs.code}>
              <button type="button" onClick={() => onPick(c.crs.code)} data-testid={`crs-${c.crs.code}`}>
                <strong>{c.crs.code}</strong> {c.crs.name}
                <span className="muted"> — {t('landsAt', { lon: formatNumber(lang, c.lands[0], 4), lat: formatNumber(lang, c.lands[1], 4) })}</span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
      </section>
    </div>
  );
}
