/**
 * What a column header means: the section id, the section name, the date (or year and month), or
 * a GB 3838 parameter with the unit its values are kept in. Headers are recognised in Chinese and
 * English, full- or half-width, with or without a stated unit (`氨氮(mg/L)`, `NH₃-N mg/L`).
 */
import { GB3838_PARAMETERS } from '../../water/gb3838-limits.ts';
import { isKnownUnit } from './units.ts';

const ID_NAMES = ['断面编号', 'id', '编号', '断面代码'];
const NAME_NAMES = ['断面名称', 'name', '断面'];
const DATE_NAMES = ['采样日期', '监测日期', '监测时间', '采样时间', '日期', 'date', 'sampling date'];
const YEAR_NAMES = ['年', '年份', 'year'];
const MONTH_NAMES = ['月', '月份', 'month'];

/** The header names accepted for the section id, the section name and the date, listed for a message. */
export const ACCEPTED_NAMES = {
  id: ID_NAMES.join(', '),
  name: NAME_NAMES.join(', '),
  date: DATE_NAMES.join(', '),
} as const;

/**
 * Parameters by sample key (the keys of gb3838-limits.ts), the unit their values are kept in, and
 * the header names they are recognised by (compared after `nameKey`). The names of
 * GB3838_PARAMETERS are added to these, and parameters only listed there are recognised too.
 */
const PARAMETERS: readonly { readonly key: string; readonly unit: string; readonly names: readonly string[] }[] = [
  { key: 'pH', unit: '', names: ['pH', 'pH值', '酸碱度'] },
  { key: 'DO', unit: 'mg/L', names: ['溶解氧', 'DO', 'dissolved oxygen'] },
  { key: 'CODMn', unit: 'mg/L', names: ['高锰酸盐指数', 'CODMn', 'COD-Mn', 'permanganate index'] },
  { key: 'COD', unit: 'mg/L', names: ['化学需氧量', 'COD', 'CODCr', 'chemical oxygen demand'] },
  { key: 'BOD5', unit: 'mg/L', names: ['五日生化需氧量', '生化需氧量', 'BOD5', 'BOD₅', 'BOD', 'biochemical oxygen demand'] },
  { key: 'NH3N', unit: 'mg/L', names: ['氨氮', 'NH3-N', 'NH₃-N', 'NH4-N', 'NH4+-N', 'ammonia nitrogen', 'ammonia'] },
  { key: 'TP', unit: 'mg/L', names: ['总磷', 'TP', 'total phosphorus'] },
  { key: 'TN', unit: 'mg/L', names: ['总氮', 'TN', 'total nitrogen'] },
  { key: 'Cu', unit: 'mg/L', names: ['铜', 'Cu', 'copper'] },
  { key: 'Zn', unit: 'mg/L', names: ['锌', 'Zn', 'zinc'] },
  { key: 'F', unit: 'mg/L', names: ['氟化物', 'F', 'F-', 'fluoride'] },
  { key: 'Se', unit: 'mg/L', names: ['硒', 'Se', 'selenium'] },
  { key: 'As', unit: 'mg/L', names: ['砷', 'As', 'arsenic'] },
  { key: 'Hg', unit: 'mg/L', names: ['汞', 'Hg', 'mercury'] },
  { key: 'Cd', unit: 'mg/L', names: ['镉', 'Cd', 'cadmium'] },
  { key: 'Cr6', unit: 'mg/L', names: ['六价铬', '铬(六价)', 'Cr6', 'Cr6+', 'Cr(VI)', 'chromium(VI)', 'hexavalent chromium'] },
  { key: 'Pb', unit: 'mg/L', names: ['铅', 'Pb', 'lead'] },
  { key: 'CN', unit: 'mg/L', names: ['氰化物', 'CN', 'CN-', 'cyanide'] },
  { key: 'phenol', unit: 'mg/L', names: ['挥发酚', '挥发性酚', 'volatile phenol', 'volatile phenols', 'phenol'] },
  { key: 'oil', unit: 'mg/L', names: ['石油类', 'petroleum', 'oil'] },
  { key: 'LAS', unit: 'mg/L', names: ['阴离子表面活性剂', 'LAS', 'anionic surfactant', 'anionic surfactants'] },
  { key: 'S2', unit: 'mg/L', names: ['硫化物', 'S2-', 'sulfide', 'sulphide'] },
  { key: 'fecalColiform', unit: '个/L', names: ['粪大肠菌群', '粪大肠杆菌', 'fecal coliform', 'faecal coliform', 'fecal coliforms', 'faecal coliforms'] },
  { key: 'temp', unit: '℃', names: ['水温', 'temp', 'temperature', 'water temperature'] },
  { key: 'chla', unit: 'mg/m³', names: ['叶绿素a', '叶绿素 a', '叶绿素', 'Chl-a', 'chlorophyll a', 'chlorophyll-a'] },
  { key: 'SD', unit: 'm', names: ['透明度', 'SD', 'transparency', 'Secchi depth'] },
];

/** What a column holds: the section id or name, the date, year or month, or a parameter (kept in `unit`). */
export type Role =
  | { readonly kind: 'id' | 'name' | 'date' | 'year' | 'month' }
  | { readonly kind: 'parameter'; readonly key: string; readonly unit: string };
/** The role of a parameter column. */
export type ParameterRole = Extract<Role, { kind: 'parameter' }>;

/** The form header names are compared in: NFKC (full-width → ASCII, ₃ → 3), lower case, no spaces, `-`, `_`, `·`. */
function nameKey(s: string): string {
  return unifyBrackets(s).toLowerCase().replace(/[\s\-_·.]+/g, '');
}

/** NFKC, and 【】〔〕 as round brackets (NFKC already maps （）［］｛｝). */
function unifyBrackets(s: string): string {
  return s.normalize('NFKC').replace(/[【〔]/g, '(').replace(/[】〕]/g, ')');
}

/** Header name → role. A Map, so that a header such as `constructor` is just an unknown name. */
const ROLES: ReadonlyMap<string, Role> = (() => {
  const m = new Map<string, Role>();
  const add = (names: readonly string[], role: Role) => {
    for (const n of names) if (!m.has(nameKey(n))) m.set(nameKey(n), role);
  };
  add(ID_NAMES, { kind: 'id' });
  add(NAME_NAMES, { kind: 'name' });
  add(DATE_NAMES, { kind: 'date' });
  add(YEAR_NAMES, { kind: 'year' });
  add(MONTH_NAMES, { kind: 'month' });
  const known = new Set(PARAMETERS.map((p) => p.key));
  const all = [...PARAMETERS, ...GB3838_PARAMETERS.filter((p) => !known.has(p.key)).map((p) => ({ key: p.key, unit: p.unit, names: [] }))];
  for (const p of all) {
    const limits = GB3838_PARAMETERS.find((q) => q.key === p.key);
    add([...p.names, p.key, ...(limits ? [limits.nameZh, limits.nameEn] : [])], { kind: 'parameter', key: p.key, unit: p.unit });
  }
  return m;
})();

/** Header split into a name and a stated unit: `氨氮(mg/L)`, `氨氮【mg/L】`, `NH3-N mg/L`. Whole name first, since `铬(六价)` has brackets of its own. */
function headerCandidates(header: string): { name: string; unit: string | null }[] {
  const h = unifyBrackets(header).trim();
  const out: { name: string; unit: string | null }[] = [{ name: h, unit: null }];
  const bracket = /^(.*\S)\s*[([{]([^()[\]{}]*)[)\]}]$/.exec(h);
  if (bracket) out.push({ name: bracket[1]!, unit: bracket[2]!.trim() });
  const spaced = /^(.*\S)\s+(\S+)$/.exec(h);
  if (spaced && isKnownUnit(spaced[2]!)) out.push({ name: spaced[1]!, unit: spaced[2]! });
  return out;
}

/**
 * The role of a header, with the unit it states (null when none), or null for an unknown header.
 *
 * @example
 *   classifyHeader('氨氮（μg/L）') // → { role: { kind: 'parameter', key: 'NH3N', unit: 'mg/L' }, unit: 'μg/L' }
 */
export function classifyHeader(header: string): { role: Role; unit: string | null } | null {
  for (const c of headerCandidates(header)) {
    const role = ROLES.get(nameKey(c.name));
    if (role) return { role, unit: c.unit };
  }
  return null;
}
