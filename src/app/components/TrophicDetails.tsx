/**
 * A lake's or reservoir's nutrients beside its class: total nitrogen as a value with its class (TN
 * does not decide the class of a lake), the trophic state TLI(Σ) with each of its five parts as an
 * annual mean and a partial index, or — where a part was never measured — that the index cannot be
 * computed and which parts are missing.
 */
import { classText, formatNumber, formatWaterClass, PARAMETER_BY_KEY, UNCLASSED_PARAMETER_INFO } from '../../core/index.ts';
import type { SectionResult } from '../../core/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

/** The five parts of TLI(Σ), in the standard's order. */
const TLI_KEYS = ['chla', 'TP', 'TN', 'SD', 'CODMn'] as const;

/** A parameter's name and unit, from the GB 3838 table or the unclassed parameters (chlorophyll a, Secchi depth). */
function parameterInfo(key: string): { nameZh: string; nameEn: string; unit: string } {
  return PARAMETER_BY_KEY.get(key) ?? UNCLASSED_PARAMETER_INFO.find((p) => p.key === key) ?? { nameZh: key, nameEn: key, unit: '' };
}

export function TrophicDetails({ section, means }: { section: SectionResult; means: Readonly<Record<string, number>> }) {
  const { lang, t } = useLang();
  if (section.waterBody === 'river') return null;
  const name = (k: string) => (lang === 'zh' ? parameterInfo(k).nameZh : parameterInfo(k).nameEn);
  const value = (k: string) => `${Number(means[k]!.toPrecision(4))} ${parameterInfo(k).unit}`.trim();
  const missing = TLI_KEYS.filter((k) => !(means[k]! > 0));
  return (
    <>
      {means.TN !== undefined && (
        <><dt>{name('TN')}</dt><dd data-testid="inspector-tn">{t('tnValue', { value: value('TN'), cls: classText(lang, formatWaterClass(section.tnClass)) })}</dd></>
      )}
      <dt>{t('trophicState')}</dt>
      {section.trophic ? (
        <dd data-testid="inspector-tli">
          TLI(Σ) {formatNumber(lang, section.trophic.tli, 1)} · {lang === 'zh' ? section.trophic.grade : section.trophic.gradeEn}
          <table className="tli-parts" data-testid="inspector-tli-parts">
            <tbody>{section.trophic.parts.map((p) => <tr key={p.key}><td>{name(p.key)}</td><td className="num">{value(p.key)}</td><td className="num">TLI {formatNumber(lang, p.tli, 1)}</td></tr>)}</tbody>
          </table>
        </dd>
      ) : (
        <dd data-testid="inspector-tli-missing">{t('tliMissing', { parts: missing.map(name).join(lang === 'zh' ? '、' : ', ') })}</dd>
      )}
    </>
  );
}
