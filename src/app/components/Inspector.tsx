/**
 * Details of the selected feature: name, type or category, ellipsoidal area for polygons; for a
 * section its class, target, compliance, deciding parameter and monthly classes. Every attribute
 * value is rendered as text.
 */
import { classText, featureLabel, formatArea, formatNumber, formatWaterClass, geometryArea, PARAMETER_BY_KEY, parameterMeans, term } from '../../core/index.ts';
import type { LayerFeature, SectionResult, WaterClass } from '../../core/index.ts';
import { groupName } from '../../map/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';
import { ClassChip } from './ClassChip.tsx';
import { MonthChart } from './MonthChart.tsx';
import { TrophicDetails } from './TrophicDetails.tsx';

export interface InspectorProps {
  readonly layer: string;
  readonly feature: LayerFeature;
  /** The feature's index in its layer, for a label when it has no name or id. */
  readonly index?: number;
  readonly section: SectionResult | null;
  readonly monthly: readonly (WaterClass | null)[] | null;
  readonly onClose: () => void;
  /** The feature was picked on the dataset's vector tiles: only the attributes in the tile are known. */
  readonly fromTiles?: boolean;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export function Inspector({ layer, feature, index, section, monthly, onClose, fromTiles }: InspectorProps) {
  const { lang, t } = useLang();
  const p = feature.properties;
  const g = feature.geometry;
  const isPolygon = g.type === 'Polygon' || g.type === 'MultiPolygon';
  const kind = p.category ?? p.type ?? p.landClass ?? p.kind;
  const means = section ? parameterMeans(section.samples) : {};
  return (
    <section className="panel inspector" aria-label={t('inspector')} data-testid="inspector">
      <header>
        <h3 data-testid="inspector-name">{text(p.name ?? p.id ?? feature.id ?? (index !== undefined ? featureLabel(p, index) : ''))}</h3>
        <button type="button" className="close" onClick={onClose} aria-label={t('close')}>×</button>
      </header>
      <dl>
        <dt>{t('layerLabel')}</dt><dd>{groupName(layer, lang)}</dd>
        {kind !== undefined && <><dt>{p.category !== undefined ? t('category') : p.landClass !== undefined ? t('landClass') : t('type')}</dt><dd>{term(lang, text(kind))}</dd></>}
        {isPolygon && <><dt>{t('area')}</dt><dd data-testid="inspector-area">{formatArea(lang, geometryArea(g))}</dd></>}
        {typeof p.population === 'number' && <><dt>{t('population')}</dt><dd>{formatNumber(lang, p.population, 0)}</dd></>}
      </dl>
      {fromTiles && <p className="note" data-testid="inspector-from-tiles">{t('fromTiles')}</p>}
      {section && (
        <>
          <dl className="section-facts">
            <dt>{t('river')}</dt><dd>{section.river}</dd>
            <dt>{t('level')}</dt><dd>{section.level === null ? '—' : term(lang, section.level)}</dd>
            <dt>{t('waterBody')}</dt><dd>{t(`${section.waterBody}_`)}</dd>
            <dt>{t('class')}</dt><dd data-testid="inspector-class"><ClassChip cls={section.cls} /></dd>
            <TrophicDetails section={section} means={means} />
            <dt>{t('targetClass')}</dt><dd>{classText(lang, formatWaterClass(section.targetClass)) || t('noTarget')} {section.targetSource === 'zone' ? t('fromZone') : ''}</dd>
            <dt>{t('compliant')}</dt><dd data-testid="inspector-compliant">{section.compliant === null ? '—' : section.compliant ? t('yes') : t('no')}</dd>
            {section.drinkingWater && <><dt>{t('drinkingWater')}</dt><dd>{t('yes')}</dd></>}
            <dt>{t('decisive')}</dt>
            <dd data-testid="inspector-decisive">{section.decisive.length ? section.decisive.map((k) => {
              const par = PARAMETER_BY_KEY.get(k);
              const mean = means[k];
              return `${lang === 'zh' ? par?.nameZh ?? k : par?.nameEn ?? k}${mean !== undefined ? ` ${t('annualMean')} ${Number(mean.toPrecision(4))} ${par?.unit ?? ''}` : ''}`;
            }).join('；') : '—'}</dd>
          </dl>
          {monthly && <MonthChart classes={monthly} label={t('monthlyClasses')} />}
        </>
      )}
      <details>
        <summary>{t('attributes')}</summary>
        <table className="attributes">
          <tbody>
            {Object.entries(p).filter(([k]) => k !== 'samples' && !(fromTiles && k === '_i')).map(([k, v]) => <tr key={k}><th>{k}</th><td>{text(v)}</td></tr>)}
          </tbody>
        </table>
      </details>
    </section>
  );
}
