/**
 * What the exhibition's tap card says about a feature, in plain words for a visitor: what it is,
 * its water class or its area, and whether it meets its target.
 */
import { CLASS_LABELS, featureLabel, formatNumber, geometryArea, translate } from '../../core/index.ts';
import type { LayerFeature, SectionResult, StringKey } from '../../core/index.ts';
import { groupName } from '../../map/index.ts';

const t = (key: StringKey, vars?: Readonly<Record<string, string | number>>) => translate('zh', key, vars);

/** The card's title and sentences. */
export function tapText(layer: string, index: number, feature: LayerFeature, section: SectionResult | undefined): { title: string; lines: string[] } {
  const p = feature.properties;
  const title = featureLabel(p, index);
  const kind = [p.category, p.type, p.landClass].find((v) => typeof v === 'string' && v.trim() !== '') as string | undefined;
  const lines = [t('tap_is', { what: kind ? `${groupName(layer, 'zh')}（${kind}）` : groupName(layer, 'zh') })];
  if (section) {
    if (section.cls === null) lines.push(t('tap_noClass'));
    else {
      lines.push(t('tap_class', { cls: CLASS_LABELS[section.cls] }));
      if (section.targetClass !== null) lines.push(t(section.cls <= section.targetClass ? 'tap_meets' : 'tap_fails', { target: CLASS_LABELS[section.targetClass] }));
    }
  } else if (feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon') {
    const m2 = geometryArea(feature.geometry);
    lines.push(m2 >= 1e6 ? t('tap_areaKm2', { area: formatNumber('zh', m2 / 1e6, 2) }) : t('tap_areaHa', { area: formatNumber('zh', m2 / 1e4, 1) }));
    if (layer === 'redLines') lines.push(t('tap_redLine'));
  }
  return { title, lines };
}
