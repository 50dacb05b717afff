/**
 * The tables of the 技术评估 submission pack (指标完成情况表 and 技术报告), built once from one report
 * (plus its per-town and year-against-year results and the data inventory), so the workbook and
 * the report show the same numbers: every indicator with its target, value, earlier years, status,
 * source and method; per town; the sections; year against year; the data inventory. Numbers stay
 * numbers (unrounded) with the board's precision as their display format. Pure: no file writing.
 */
import type { Dataset } from '../data/dataset.ts';
import { roleName } from '../data/roles.ts';
import type { Lang } from '../format/format-number.ts';
import { formatTarget } from '../format/format-value.ts';
import { translate } from '../i18n/ui.ts';
import type { StringKey } from '../i18n/ui.ts';
import { term, unitText } from '../i18n/vocabulary.ts';
import { indicatorById } from '../indicators/catalog.ts';
import type { Report } from '../indicators/compute-report.ts';
import { DOMAIN_NAMES } from '../indicators/indicator.ts';
import { indicatorStatus } from '../indicators/indicator-result.ts';
import type { IndicatorResult, IndicatorStatus } from '../indicators/indicator-result.ts';
import { countByClass } from '../indicators/water-indicators.ts';
import { PARAMETER_BY_KEY } from '../water/gb3838-limits.ts';
import { monthlyClasses } from '../water/section-evaluation.ts';
import { formatWaterClass } from '../water/water-class.ts';
import type { YearComparison } from '../years/compare-years.ts';
import type { YearValues } from '../years/year-values.ts';
import type { ByZone } from '../zones/by-zone.ts';
import type { InventoryRow } from './inventory.ts';

/** A cell: a number (shown with its column's format), text, or empty. */
export type CellValue = number | string | null;

export interface PackColumn {
  readonly title: string;
  /** Display format of the column's numbers, as in a spreadsheet (`0.00`); text cells ignore it. */
  readonly numFmt?: string;
  /** Width in characters (for the workbook and the report's tables). */
  readonly width: number;
}

export interface PackTable {
  readonly title: string;
  readonly columns: readonly PackColumn[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** The years of a dataset: each year's indicator values, and what changed from the first to the last. */
export interface PackYears {
  readonly values: readonly YearValues[];
  readonly comparison: YearComparison | null;
}

export interface PackInput {
  readonly dataset: Dataset;
  readonly report: Report;
  /** Every computed indicator per town (`indicatorsByZone(dataset, 'towns')`); null without towns. */
  readonly byTowns: ByZone | null;
  /** Null when the dataset names no other years. */
  readonly years: PackYears | null;
  readonly inventory: readonly InventoryRow[];
  /** The date the pack is made, YYYY-MM-DD. */
  readonly date: string;
  readonly lang: Lang;
}

/** An indicator not met, with the towns whose values are furthest on the wrong side of the target. */
export interface PackProblem {
  readonly id: string;
  readonly name: string;
  readonly value: number | string | null;
  readonly unit: string;
  readonly target: string;
  readonly towns: readonly { readonly name: string; readonly value: number }[];
}

export interface PackTables {
  readonly lang: Lang;
  readonly district: string;
  readonly year: number | null;
  readonly sample: boolean;
  readonly date: string;
  /** What computed the overlays (the report's `overlays`). */
  readonly overlays: string;
  readonly indicators: PackTable;
  /** Each row of `indicators`: its id and whether it is computed from the map data or reported. */
  readonly indicatorRows: readonly { readonly id: string; readonly source: 'computed' | 'reported' }[];
  readonly towns: PackTable | null;
  readonly sections: PackTable;
  readonly years: PackTable | null;
  readonly inventory: PackTable;
  /** How many indicators of the plan are met, not met, incomplete, or without a value or target. */
  readonly summary: { readonly met: number; readonly notMet: number; readonly incomplete: number; readonly other: number };
  /** The status word of each indicator (达标 / 未达标 / 不完整 / 无数据 / 无目标), by id. */
  readonly status: Readonly<Record<string, string>>;
  readonly problems: readonly PackProblem[];
  /** Failing sections: id, name, class, target and the deciding parameters (in the language). */
  readonly failingSections: readonly { readonly id: string; readonly name: string; readonly cls: string; readonly target: string; readonly decisive: string }[];
  /** Sections per class (I … 劣V) of the current year, and of the first year when the dataset has years. */
  readonly classCounts: { readonly year: number | null; readonly counts: Readonly<Record<string, number>>; readonly earlier: { readonly year: number; readonly counts: Readonly<Record<string, number>> } | null };
}

const W = {
  no: ['序号', 'No.'], domain: ['领域', 'Field'], name: ['指标名称', 'Indicator'], unit: ['单位', 'Unit'], target: ['目标值', 'Target'],
  value: ['现状值', 'Value'], status: ['达标情况', 'Status'], source: ['数据来源', 'Data source'], method: ['计算方法', 'Method'],
  met: ['达标', 'met'], notMet: ['未达标', 'not met'], incomplete: ['不完整', 'incomplete'], noValue: ['无数据', 'no value'], noTarget: ['无目标', 'no target'],
  town: ['乡镇/街道', 'Town'], area: ['面积（km²）', 'Area (km²)'], district: ['全区', 'District'],
  sectionId: ['断面编号', 'Section id'], sectionName: ['断面名称', 'Section'], river: ['所在水体', 'Water body'], kind: ['水体类型', 'Type'],
  level: ['控制级别', 'Level'], targetClass: ['目标类别', 'Target class'], cls: ['年均类别', 'Annual class'], decisive: ['定类项目', 'Deciding parameters'],
  compliant: ['是否达标', 'Compliant'], tn: ['总氮类别（湖库）', 'TN class (lakes)'], tli: ['TLI(Σ)', 'TLI(Σ)'], trophic: ['营养状态', 'Trophic state'],
  yes: ['是', 'yes'], no_: ['否', 'no'], item: ['项目', 'Item'], change: ['变化', 'Change'],
  role: ['用途', 'Role'], file: ['文件', 'File'], features: ['要素数', 'Features'], crs: ['坐标系', 'Coordinate system'], bytes: ['字节数', 'Bytes'],
  sha: ['SHA-256', 'SHA-256'], modified: ['修改时间', 'Modified'],
  indicatorsTitle: ['指标完成情况', 'Indicators'], townsTitle: ['分乡镇（街道）空间指标', 'Spatial indicators by town'],
  sectionsTitle: ['水质监测断面', 'Water-quality sections'], yearsTitle: ['年度对比', 'Year against year'], inventoryTitle: ['数据清单', 'Data inventory'],
  manifest: ['数据集清单文件', 'Dataset manifest'], samples: ['断面监测数据', 'Monitoring samples'], statistics: ['统计填报', 'Statistics'],
  yearCol: ['{y}年', '{y}'], sectionsClass: ['{c}类断面数', 'sections of class {c}'], forestGained: ['新增森林（km²）', 'forest gained (km²)'],
  forestLost: ['减少森林（km²）', 'forest lost (km²)'], protectedAdded: ['新增受保护地区（km²）', 'protected land added (km²)'], protectedRemoved: ['减少受保护地区（km²）', 'protected land removed (km²)'],
  month: ['{m}月', 'M{m}'],
} as const;

/** A word of the pack in the language, with `{x}` filled in. */
export function packWord(lang: Lang, key: keyof typeof W, params: Readonly<Record<string, string | number>> = {}): string {
  const w = W[key][lang === 'zh' ? 0 : 1] as string;
  return w.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** The status word of an indicator: met / not met / incomplete (never "not met" for an incomplete one) / no value / no target. */
export function statusWord(lang: Lang, ind: Pick<IndicatorResult, 'value' | 'pass' | 'complete'>): string {
  const s: IndicatorStatus = indicatorStatus(ind);
  if (s === 'pass') return packWord(lang, 'met');
  if (s === 'fail') return packWord(lang, 'notMet');
  if (s === 'incomplete') return packWord(lang, 'incomplete');
  return packWord(lang, ind.value === null ? 'noValue' : 'noTarget');
}

/** The files an indicator was computed from (its layers' files), or who reported it. */
function sourceText(lang: Lang, ind: IndicatorResult, dataset: Dataset): string {
  const record = indicatorById(ind.id);
  if (ind.source === 'reported') {
    const given = lang === 'en' && typeof ind.details.sourceEn === 'string' ? ind.details.sourceEn : ind.details.source;
    const from = typeof given === 'string' ? given : dataset.manifest.statistics ?? '';
    const year = typeof ind.details.year === 'number' ? (lang === 'zh' ? `${ind.details.year}年` : String(ind.details.year)) : '';
    return [from, year].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
  }
  const roles = [...(record?.inputs?.needs ?? []), ...(record?.inputs?.refines ?? [])].flatMap((r): string[] => (r === 'protectedRoles' ? [...dataset.manifest.protectedRoles] : [r]));
  const parts = roles.flatMap((r) => {
    const spec = dataset.manifest.layers[r];
    if (!spec) return [];
    const files = [spec.file, ...(r === 'sections' && spec.samples ? [spec.samples] : [])];
    return [`${roleName(r, lang)} ${files.join(' + ')}`];
  });
  return parts.join(lang === 'zh' ? '；' : '; ');
}

/** The indicator's method from its record, then how this value came about. */
function methodText(lang: Lang, ind: IndicatorResult): string {
  const record = indicatorById(ind.id);
  const method = record?.method?.[lang] ?? '';
  const how = ind.explanation[lang];
  if (!how) return method;
  return method ? `${method}${lang === 'zh' ? '。' : '. '}${how}` : how;
}

/** Layers that are no role but have a name on the map (their group's). */
const CONTEXT_GROUPS: ReadonlySet<string> = new Set(['water', 'neighbours', 'roads']);

const num = (x: number | string | null | undefined): CellValue => (x === undefined ? null : x);

/**
 * The pack's tables from one report and its companions. Earlier years' values are given where the
 * dataset has years: computed from that year's layers, reported from that year's statistics file
 * (blank when it has none); the current year is the report's own value.
 */
export function packTables(input: PackInput): PackTables {
  const { dataset, report, byTowns, years, inventory, lang, date } = input;
  const w = (k: keyof typeof W, p?: Readonly<Record<string, string | number>>) => packWord(lang, k, p);
  const year = dataset.manifest.year;
  const earlier = (years?.values ?? []).filter((y) => y.year !== year);
  const plan = report.indicators;

  const status: Record<string, string> = {};
  const summary = { met: 0, notMet: 0, incomplete: 0, other: 0 };
  for (const ind of plan) {
    status[ind.id] = statusWord(lang, ind);
    const s = indicatorStatus(ind);
    if (s === 'pass') summary.met++; else if (s === 'fail') summary.notMet++; else if (s === 'incomplete') summary.incomplete++; else summary.other++;
  }

  const indicators: PackTable = {
    title: w('indicatorsTitle'),
    columns: [
      { title: w('no'), numFmt: '0', width: 5 }, { title: w('domain'), width: 10 }, { title: w('name'), width: 30 }, { title: w('unit'), width: 10 },
      { title: w('target'), width: 9 },
      ...earlier.map((y) => ({ title: w('yearCol', { y: y.year }), numFmt: '0.00', width: 10 })),
      { title: `${w('value')}${year ? (lang === 'zh' ? `（${year}年）` : ` (${year})`) : ''}`, numFmt: '0.00', width: 12 },
      { title: w('status'), width: 9 }, { title: w('source'), width: 34 }, { title: w('method'), width: 60 },
    ],
    rows: plan.map((ind, i) => {
      const record = indicatorById(ind.id);
      const domain = record?.domain ? DOMAIN_NAMES[record.domain][lang] : '';
      return [
        i + 1, domain, lang === 'zh' ? ind.name : ind.nameEn, unitText(lang, ind.unit), formatTarget(ind.target, { lang }),
        ...earlier.map((y) => num(y.indicators[ind.id] ?? null)),
        num(ind.value), status[ind.id]!, sourceText(lang, ind, dataset), methodText(lang, ind),
      ];
    }),
  };

  const computed = plan.filter((i) => i.source === 'computed');
  const districtArea = report.indicators.find((i) => i.id === 'protectedShare')?.details.boundaryAreaM2;
  const towns: PackTable | null = byTowns ? {
    title: w('townsTitle'),
    columns: [
      { title: w('town'), width: 14 }, { title: w('area'), numFmt: '0.00', width: 11 },
      ...computed.map((i) => ({ title: withUnit(lang, lang === 'zh' ? i.name : i.nameEn, i.unit), numFmt: '0.00', width: 14 })),
    ],
    rows: [
      ...byTowns.zones.map((z) => [z.name, z.areaKm2, ...computed.map((i) => num(z.indicators[i.id] ?? null))]),
      [w('district'), typeof districtArea === 'number' ? districtArea / 1e6 : null, ...computed.map((i) => (typeof i.value === 'number' ? i.value : null))],
    ],
  } : null;

  const months = Array.from({ length: 12 }, (_, k) => k + 1);
  const paramNames = (keys: readonly string[]) => keys.map((k) => { const p = PARAMETER_BY_KEY.get(k); return p ? (lang === 'zh' ? p.nameZh : p.nameEn) : k; }).join(lang === 'zh' ? '、' : ', ');
  // A class as the language writes it (劣V is "worse than V" in English); null for none.
  const classWord = (c: Parameters<typeof formatWaterClass>[0]) => { const l = formatWaterClass(c); return l ? term(lang, l) : null; };
  const yesNo = (b: boolean | null) => (b === null ? null : w(b ? 'yes' : 'no_'));
  const bodyWord = (b: string) => term(lang, b === 'lake' ? '湖泊' : b === 'reservoir' ? '水库' : '河流');
  const sections: PackTable = {
    title: w('sectionsTitle'),
    columns: [
      { title: w('sectionId'), width: 9 }, { title: w('sectionName'), width: 16 }, { title: w('river'), width: 12 }, { title: w('kind'), width: 8 },
      { title: w('level'), width: 8 }, { title: w('targetClass'), width: 8 }, { title: w('cls'), width: 8 },
      ...months.map((m) => ({ title: w('month', { m }), width: 5 })),
      { title: w('decisive'), width: 18 }, { title: w('compliant'), width: 8 }, { title: w('tn'), width: 10 },
      { title: w('tli'), numFmt: '0.0', width: 8 }, { title: w('trophic'), width: 10 },
    ],
    rows: report.sections.map((s) => {
      const monthly = monthlyClasses(s.samples, s.waterBody);
      return [
        s.id, s.name, s.river || null, bodyWord(s.waterBody), s.level === null ? null : term(lang, s.level),
        classWord(s.targetClass), classWord(s.cls),
        ...months.map((m) => classWord(monthly.get(m)?.cls ?? null)),
        paramNames(s.decisive) || null, yesNo(s.compliant), classWord(s.tnClass),
        s.trophic ? s.trophic.tli : null, s.trophic ? (lang === 'zh' ? s.trophic.grade : s.trophic.gradeEn) : null,
      ];
    }),
  };

  let yearsTable: PackTable | null = null;
  const c = years?.comparison ?? null;
  if (years && c) {
    const km2 = (x: number | null) => (x === null ? null : x / 1e6);
    const classes = ['I', 'II', 'III', 'IV', 'V', '劣V'];
    yearsTable = {
      title: w('yearsTitle'),
      columns: [{ title: w('item'), width: 34 }, { title: w('yearCol', { y: c.from }), numFmt: '0.00', width: 11 }, { title: w('yearCol', { y: c.to }), numFmt: '0.00', width: 11 }, { title: w('change'), numFmt: '+0.00;-0.00;0.00', width: 11 }],
      rows: [
        ...c.indicators.map((i) => {
          const ind = plan.find((p) => p.id === i.id);
          const name = ind ? withUnit(lang, lang === 'zh' ? ind.name : ind.nameEn, ind.unit) : i.id;
          return [name, num(i.from), num(i.to), num(i.change)];
        }),
        ...classes.map((k) => [w('sectionsClass', { c: term(lang, k) }), c.classCounts.from[k] ?? 0, c.classCounts.to[k] ?? 0, (c.classCounts.to[k] ?? 0) - (c.classCounts.from[k] ?? 0)]),
        ...(c.protectedAreas.addedM2 !== null ? [[w('protectedAdded'), null, null, km2(c.protectedAreas.addedM2)], [w('protectedRemoved'), null, null, km2(c.protectedAreas.removedM2)]] : []),
        ...(c.forest ? [[w('forestGained'), null, null, km2(c.forest.intoForestM2)], [w('forestLost'), null, null, km2(c.forest.outOfForestM2)]] : []),
      ],
    };
  }

  const roleWord = (r: string) => {
    if (r === 'manifest' || r === 'samples' || r === 'statistics') return w(r);
    // Context layers have the map's group names (水系, Rivers and lakes …); English names start with a capital.
    const name = CONTEXT_GROUPS.has(r) ? translate(lang, `group_${r}` as StringKey) : roleName(r, lang);
    return lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
  };
  const inventoryTable: PackTable = {
    title: w('inventoryTitle'),
    columns: [{ title: w('role'), width: 14 }, { title: w('file'), width: 30 }, { title: w('features'), numFmt: '0', width: 8 }, { title: w('crs'), width: 12 }, { title: w('bytes'), numFmt: '#,##0', width: 11 }, { title: w('sha'), width: 66 }, { title: w('modified'), width: 20 }],
    rows: inventory.map((r) => [roleWord(r.role), r.file, r.features, r.crs, r.bytes, r.sha256, r.modified]),
  };

  // The indicators not met, and for the computed ones the towns furthest on the wrong side of the target.
  const problems: PackProblem[] = plan.filter((i) => indicatorStatus(i) === 'fail').map((i) => {
    const t = i.target;
    const low = t !== null && (t.op === '>=' || t.op === '>');
    const list = byTowns && i.source === 'computed' && t !== null && typeof t.value === 'number'
      ? byTowns.zones.flatMap((z) => { const v = z.indicators[i.id]; return typeof v === 'number' && meetsNot(v, t.op, t.value as number) ? [{ name: z.name, value: v }] : []; })
        .sort((a, b) => (low ? a.value - b.value : b.value - a.value)).slice(0, 5)
      : [];
    return { id: i.id, name: lang === 'zh' ? i.name : i.nameEn, value: i.value, unit: unitText(lang, i.unit), target: formatTarget(i.target, { lang }), towns: list };
  });
  const failingSections = report.sections.filter((s) => s.compliant === false).map((s) => ({ id: s.id, name: s.name, cls: classWord(s.cls) ?? '', target: classWord(s.targetClass) ?? '', decisive: paramNames(s.decisive) }));
  const first = years?.comparison ? { year: years.comparison.from, counts: years.comparison.classCounts.from } : null;
  return {
    lang, district: dataset.manifest.name, year, sample: dataset.manifest.sample, date, overlays: report.overlays,
    indicators, indicatorRows: plan.map((i) => ({ id: i.id, source: i.source })), towns, sections, years: yearsTable, inventory: inventoryTable, summary, status, problems, failingSections,
    classCounts: { year, counts: countByClass(report.sections.map((s) => s.cls)), earlier: first && first.year !== year ? first : null },
  };
}

/** A name with its unit in brackets (full-width in Chinese). */
function withUnit(lang: Lang, name: string, unit: string): string {
  const u = unitText(lang, unit);
  if (!u) return name;
  return lang === 'zh' ? `${name}（${u}）` : `${name} (${u})`;
}

/** True when a value misses a numeric target. */
function meetsNot(v: number, op: string, target: number): boolean {
  switch (op) {
    case '>=': return v < target;
    case '>': return v <= target;
    case '<=': return v > target;
    case '<': return v >= target;
    default: return v !== target;
  }
}

/** A cell as the report prints it: numbers with the column's format (`0.00` → 2 decimals, `#,##0` grouped), text as is, empty as —. */
export function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  const fmt = numFmt ?? '0.00';
  const decimals = /\.(0+)/.exec(fmt.split(';')[0]!)?.[1]!.length ?? 0;
  const text = fmt.startsWith('#,##0') ? value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : value.toFixed(decimals);
  return fmt.startsWith('+') && value > 0 ? `+${text}` : text;
}
