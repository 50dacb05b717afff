/** Every feature under the clicked point, to choose which one the inspector shows. */
import { featureLabel } from '../../core/index.ts';
import type { Dataset, FeatureId } from '../../core/index.ts';
import { groupName } from '../../map/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

export interface FeaturesHereProps {
  readonly under: readonly FeatureId[];
  readonly selected: FeatureId;
  /** The light dataset, for names (a layer kept in the worker is listed by number). */
  readonly dataset: Dataset | null;
  readonly onPick: (id: FeatureId) => void;
}

export function FeaturesHere(p: FeaturesHereProps) {
  const { lang, t } = useLang();
  return (
    <nav className="panel features-here" aria-label={t('featuresHere', { n: p.under.length })} data-testid="features-here">
      <h3>{t('featuresHere', { n: p.under.length })}</h3>
      <ul>
        {p.under.map((u) => {
          const f = p.dataset?.layers[u.layer]?.features[u.index];
          const on = u.layer === p.selected.layer && u.index === p.selected.index;
          return (
            <li key={`${u.layer}:${u.index}`}>
              <button type="button" aria-current={on || undefined} className={on ? 'on' : ''} onClick={() => p.onPick(u)}>
                {groupName(u.layer, lang)} · {f ? featureLabel(f.properties, u.index) : `#${u.index}`}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
