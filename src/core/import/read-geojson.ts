/** GeoJSON files: a FeatureCollection or one Feature, with the system its `crs` member names. */
import type { Feature, Geometry } from 'geojson';
import { asRecord } from '../data/parse-manifest.ts';
import { decodeText } from '../data/decode-text.ts';
import type { FileContent } from '../data/decode-text.ts';
import { parseJson } from '../data/parse-json.ts';
import { message } from '../i18n/messages.ts';
import { crsByCode } from './crs.ts';
import type { CrsInfo } from './crs.ts';
import { failed } from './source.ts';
import type { Features, ReadOutcome } from './source.ts';

/**
 * The features of a GeoJSON file and the system its `crs` member names (null without one). Errors:
 * not JSON, not a FeatureCollection or Feature, a `crs` without a name or of a system not supported.
 * Properties that are not an object become {}. Never throws.
 */
export function readGeojson(name: string, content: FileContent): ReadOutcome {
  const decoded = decodeText(content, name);
  if (decoded.tooLarge) return { errors: decoded.issues };
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return failed(name, message('geojson.invalidJson', { ...parsed.params, detail: parsed.code }));
  const fc = asRecord(parsed.value);
  const feats = fc?.type === 'FeatureCollection' && Array.isArray(fc.features) ? (fc.features as Features)
    : fc?.type === 'Feature' ? [fc as unknown as Feature<Geometry | null, Record<string, unknown>>] : null;
  if (!feats) return failed(name, message('geojson.notCollection', {}));
  let crs: CrsInfo | null = null;
  let declared: string | null = null;
  if (fc!.crs !== undefined && fc!.crs !== null) {
    const crsName = asRecord(asRecord(fc!.crs)?.properties)?.name;
    if (typeof crsName !== 'string') return failed(name, message('geojson.crsNoName', {}));
    crs = crsByCode(crsName);
    declared = crsName.length > 60 ? `${crsName.slice(0, 60)}…` : crsName;
    if (!crs) return failed(name, message('geojson.crsUnsupported', { crs: declared }));
  }
  const features = feats.map((f) => ({ ...f, properties: asRecord(asRecord(f)?.properties) ?? {} }));
  return { sources: [{ file: name, features, crs, declared, encoding: decoded.encoding, warnings: decoded.issues }] };
}
