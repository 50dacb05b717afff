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

const err = (message: string, hint: string): Problem => ({ severity: 'error', message, hint });
const warn = (message: string, hint: string): Problem => ({ severity: 'warning', message, hint });

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
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
    problems.push(err('"samples" is not a list', 'Write "samples": [{ "date": "2018-01-15", "DO": 7.1, "NH3N": 0.4, … }].'));
    return;
  }
  const unknown = new Set<string>();
  samples.forEach((s, i) => {
    if (s === null || typeof s !== 'object' || Array.isArray(s)) { problems.push(err(`sample ${i + 1} is not an object`, 'Each sample is { "date": "YYYY-MM-DD", parameter: value, … }.')); return; }
    const rec = s as Record<string, unknown>;
    if (typeof rec.date !== 'string' || !/^\d{4}-\d{2}(-\d{2})?/.test(rec.date)) problems.push(err(`sample ${i + 1} has no valid "date"`, 'Give the sampling date as "YYYY-MM-DD".'));
    else if (!isRealDate(rec.date)) problems.push(err(`sample ${i + 1} has the date ${rec.date.slice(0, 10)}, which is not a real date`, 'Correct the month (01–12) or the day of the month.'));
    for (const [k, v] of Object.entries(rec)) {
      if (k === 'date') continue;
      if (!PARAMETER_BY_KEY.has(k) && !UNCLASSED_PARAMETERS.includes(k)) { unknown.add(k); continue; }
      const m = parseMeasurement(v, k);
      if (m.kind === 'invalid') problems.push(err(`sample ${i + 1}: ${m.message}`, 'Give values as numbers in mg/L (pH without unit), below the detection limit as "0.05L", "<0.05" or "ND(0.05)"; leave the key out when not measured.'));
      else if (m.kind === 'unknown-limit') problems.push(warn(`sample ${i + 1}: ${k} is written "not detected" without a detection limit, and no standard method limit is known for it; the value is left out`, `Write the laboratory's detection limit, e.g. "0.02L" or "ND(0.02)".`));
    }
  });
  if (unknown.size > 0) {
    problems.push(warn(`samples have parameters the GB 3838 evaluation does not know: ${[...unknown].join(', ')}; they are ignored`,
      `Known keys: ${[...PARAMETER_BY_KEY.keys(), ...UNCLASSED_PARAMETERS].join(', ')}.`));
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
      problems.push(err(
        mapped ? `has no value in attribute "${mapped}" (mapped to "${key}")` : `has no "${key}" property`,
        mapped ? `Fill in "${mapped}", or map "${key}" to another attribute in manifest.json.`
          : `Add "${key}" to the feature, or map it to the source's attribute in manifest.json: "fields": { "${key}": "…" }.`,
      ));
    }
  }
  if ((role === 'urbanAreas' || role === 'towns') && !isBlank(props.population)) {
    const n = toNumber(props.population);
    if (n === null || n < 0) problems.push(err(`"population" is ${JSON.stringify(props.population)}, not a number of people`, 'Give the resident population as a whole number ≥ 0.'));
    else props.population = n;
  }
  if (role === 'forestParcels' && !isBlank(props.landClass)) {
    props.landClass = String(props.landClass).trim();
    if (!(LAND_CLASSES as readonly string[]).includes(props.landClass as string)) {
      problems.push(err(`land class "${String(props.landClass)}" is not one of the forest-inventory classes`, `Use one of: ${LAND_CLASSES.join(', ')}.`));
    }
  }
  if (role === 'protectedAreas' && !isBlank(props.category) && !(PROTECTED_CATEGORIES as readonly string[]).includes(String(props.category))) {
    problems.push(warn(`category "${String(props.category)}" is not a known protected-area category; it still counts as protected`, `Known categories: ${PROTECTED_CATEGORIES.join(', ')}.`));
  }
  if (role === 'waterFunctionZones' && !isBlank(props.targetClass) && parseWaterClass(props.targetClass) === null) {
    problems.push(err(`targetClass "${String(props.targetClass)}" is not a water class`, 'Write I, II, III, IV, V or 劣V (Ⅰ…Ⅴ and 1…6 are accepted too).'));
  }
  if (role === 'sections') checkSection(props, problems);
  return { properties: props, problems };
}

function checkSection(props: Record<string, unknown>, problems: Problem[]): void {
  if (!isBlank(props.level) && !(SECTION_LEVELS as readonly string[]).includes(String(props.level))) {
    problems.push(err(`level "${String(props.level)}" is not a monitoring level`, `Use one of: ${SECTION_LEVELS.join(', ')}.`));
  }
  if (isBlank(props.waterBody)) props.waterBody = 'river';
  else {
    const body = WATER_BODY_ALIASES.get(String(props.waterBody).trim());
    if (body) props.waterBody = body;
    else problems.push(err(`waterBody "${String(props.waterBody)}" is not river, lake or reservoir`, 'Write "river" (default), "lake" or "reservoir".'));
  }
  if (!isBlank(props.targetClass) && parseWaterClass(props.targetClass) === null) {
    problems.push(err(`targetClass "${String(props.targetClass)}" is not a water class`, 'Write I, II, III, IV, V or 劣V, or leave it out to take the target of the water-function zone.'));
  }
  if (props.drinkingWaterSource !== undefined && typeof props.drinkingWaterSource !== 'boolean') {
    problems.push(err(`drinkingWaterSource is ${JSON.stringify(props.drinkingWaterSource)}, not true or false`, 'Write true or false without quotes.'));
  }
  const hasSamples = Array.isArray(props.samples) && props.samples.length > 0;
  if (props.samples !== undefined) checkSamples(props.samples, problems);
  if (!isBlank(props.class) && parseWaterClass(props.class) === null) {
    problems.push(err(`class "${String(props.class)}" is not a water class`, 'Write I, II, III, IV, V or 劣V.'));
  }
  if (!hasSamples && isBlank(props.class)) {
    problems.push(err('has neither "samples" nor "class"', 'Give the monitoring samples ("samples": [{ "date": …, "DO": …, … }]) or the assessed class ("class": "III").'));
  }
}
