/**
 * Attribute checks of one feature for its role: required canonical properties present (after the
 * manifest's `fields` mapping), numbers where numbers are needed, values from the vocabularies.
 * Returns the properties with canonical names added (source attributes are kept as well).
 */
import { parseWaterClass } from '../water/water-class.ts';
import { PARAMETER_BY_KEY, UNCLASSED_PARAMETERS } from '../water/gb3838-limits.ts';
import { parseMeasurement } from '../water/measurement.ts';
import type { Problem } from './check-geometry.ts';
import { LAND_CLASSES, PROTECTED_CATEGORIES, ROLE_SPECS, SECTION_LEVELS, WATER_BODY_ALIASES } from './roles.ts';
import type { Role } from './roles.ts';
import { message } from '../i18n/messages.ts';
import type { Message } from '../i18n/messages.ts';

const err = (m: Message): Problem => ({ severity: 'error', ...m });
const warn = (m: Message): Problem => ({ severity: 'warning', ...m });

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** NUL and lone surrogates (UTF-16 halves without their pair): neither is text, and PostgreSQL refuses both. */
const BAD_TEXT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Properties with every NUL and lone surrogate — in names and in string values, nested ones too —
 * replaced by U+FFFD, and the names of the properties that had one. Both engines read the result,
 * so the JS engine, the PostGIS engine and the tiles see the same text. Does not mutate `props`.
 *
 * @example sanitizeProperties({ name: 'a\0b' }) // → { properties: { name: 'a\uFFFDb' }, changed: ['name'] }
 */
export function sanitizeProperties(props: Readonly<Record<string, unknown>>): { properties: Record<string, unknown>; changed: string[] } {
  const changed = new Set<string>();
  const clean = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') {
      BAD_TEXT.lastIndex = 0;
      if (!BAD_TEXT.test(v)) return v;
      changed.add(key);
      return v.replace(BAD_TEXT, '\uFFFD');
    }
    if (Array.isArray(v)) return v.map((x) => clean(x, key));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [clean(k, key) as string, clean(x, key)]));
    return v;
  };
  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    const name = clean(k, k) as string;
    properties[name] = clean(v, name);
    if (name !== k) { changed.delete(k); changed.add(name); }
  }
  return { properties, changed: [...changed] };
}

/** A number, or a string holding one (agency files often store numbers as text); else null. */
function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/** True when `YYYY-MM` or `YYYY-MM-DD…` names a real month or day (2018-02-30 and 2018-13-01 do not). */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  return d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Problems of a list of samples (dates, values below detection, pH range, unknown keys). */
export function checkSamples(samples: unknown, problems: Problem[]): void {
  if (!Array.isArray(samples)) {
    problems.push(err(message('samples.notList', {})));
    return;
  }
  const unknown = new Set<string>();
  samples.forEach((s, i) => {
    const sample = i + 1;
    if (s === null || typeof s !== 'object' || Array.isArray(s)) { problems.push(err(message('sample.notObject', { sample }))); return; }
    const rec = s as Record<string, unknown>;
    if (typeof rec.date !== 'string' || !/^\d{4}-\d{2}(-\d{2})?/.test(rec.date)) problems.push(err(message('sample.noDate', { sample })));
    else if (!isRealDate(rec.date)) problems.push(err(message('sample.unrealDate', { sample, date: rec.date.slice(0, 10) })));
    for (const [k, v] of Object.entries(rec)) {
      if (k === 'date') continue;
      if (!PARAMETER_BY_KEY.has(k) && !UNCLASSED_PARAMETERS.includes(k)) { unknown.add(k); continue; }
      const m = parseMeasurement(v, k);
      if (m.kind === 'invalid') problems.push(err(message('sample.invalidValue', { ...m.params, sample, detail: m.code })));
      else if (m.kind === 'unknown-limit') problems.push(warn(message('sample.unknownLimit', { sample, key: k })));
    }
  });
  if (unknown.size > 0) {
    problems.push(warn(message('samples.unknownParameters', { keys: [...unknown].join(', '), known: [...PARAMETER_BY_KEY.keys(), ...UNCLASSED_PARAMETERS].join(', ') })));
  }
}

/**
 * Checks properties for a role. `fields` maps canonical names to source attribute names.
 * Returns the properties with canonical keys set (values normalised: numbers, class labels as
 * given) and the problems found.
 */
export function checkProperties(raw: unknown, role: Role, fields: Readonly<Record<string, string>>): { properties: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = [];
  const src = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const props: Record<string, unknown> = { ...src };
  for (const [canon, attr] of Object.entries(fields)) props[canon] = Object.hasOwn(src, attr) ? src[attr] : undefined;

  for (const key of ROLE_SPECS[role].required) {
    if (isBlank(props[key])) {
      const mapped = fields[key];
      problems.push(err(mapped ? message('property.mappedEmpty', { key, attribute: mapped }) : message('property.missing', { key })));
    }
  }
  if ((role === 'urbanAreas' || role === 'towns') && !isBlank(props.population)) {
    const n = toNumber(props.population);
    if (n === null || n < 0) problems.push(err(message('property.population', { value: String(JSON.stringify(props.population)) })));
    else props.population = n;
  }
  if (role === 'forestParcels' && !isBlank(props.landClass)) {
    props.landClass = String(props.landClass).trim();
    if (!(LAND_CLASSES as readonly string[]).includes(props.landClass as string)) {
      problems.push(err(message('property.landClass', { landClass: String(props.landClass), classes: LAND_CLASSES.join(', ') })));
    }
  }
  if (role === 'protectedAreas' && !isBlank(props.category) && !(PROTECTED_CATEGORIES as readonly string[]).includes(String(props.category))) {
    problems.push(warn(message('property.category', { category: String(props.category), categories: PROTECTED_CATEGORIES.join(', ') })));
  }
  if (role === 'waterFunctionZones' && !isBlank(props.targetClass) && parseWaterClass(props.targetClass) === null) {
    problems.push(err(message('property.zoneTargetClass', { value: String(props.targetClass) })));
  }
  if (role === 'sections') checkSection(props, problems);
  return { properties: props, problems };
}

function checkSection(props: Record<string, unknown>, problems: Problem[]): void {
  if (!isBlank(props.level) && !(SECTION_LEVELS as readonly string[]).includes(String(props.level))) {
    problems.push(err(message('section.level', { level: String(props.level), levels: SECTION_LEVELS.join(', ') })));
  }
  if (isBlank(props.waterBody)) props.waterBody = 'river';
  else {
    const body = WATER_BODY_ALIASES.get(String(props.waterBody).trim());
    if (body) props.waterBody = body;
    else problems.push(err(message('section.waterBody', { value: String(props.waterBody) })));
  }
  if (!isBlank(props.targetClass) && parseWaterClass(props.targetClass) === null) {
    problems.push(err(message('section.targetClass', { value: String(props.targetClass) })));
  }
  if (props.drinkingWaterSource !== undefined && typeof props.drinkingWaterSource !== 'boolean') {
    problems.push(err(message('section.drinkingWater', { value: String(JSON.stringify(props.drinkingWaterSource)) })));
  }
  const hasSamples = Array.isArray(props.samples) && props.samples.length > 0;
  if (props.samples !== undefined) checkSamples(props.samples, problems);
  if (!isBlank(props.class) && parseWaterClass(props.class) === null) {
    problems.push(err(message('section.class', { value: String(props.class) })));
  }
  if (!hasSamples && isBlank(props.class)) {
    problems.push(err(message('section.noData', {})));
  }
}
