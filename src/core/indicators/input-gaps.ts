/**
 * What an indicator's inputs lack: layers or features that did not load, layers that are empty,
 * layers of which no feature lies within the district. An indicator with gaps is incomplete; one
 * whose needed layers are all empty has no value (null, never 0).
 */
import type { Dataset, Layer, MissingInput } from '../data/dataset.ts';
import { geometryBBox } from '../geo/bbox.ts';
import type { IndicatorDef } from './catalog.ts';
import { missingReason } from '../i18n/messages.ts';

type Box = readonly [number, number, number, number];

function layerBox(layer: Layer): Box | null {
  let box: [number, number, number, number] | null = null;
  for (const f of layer.features) {
    const b = geometryBBox(f.geometry);
    if (!(b[0] <= b[2])) continue;
    box = box ? [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])] : [b[0], b[1], b[2], b[3]];
  }
  return box;
}

/** True when no feature's bounding box meets the box (a layer lying wholly outside the district). */
function outside(layer: Layer, box: Box): boolean {
  return !layer.features.some((f) => {
    const b = geometryBBox(f.geometry);
    return b[0] <= box[2] && b[2] >= box[0] && b[1] <= box[3] && b[3] >= box[1];
  });
}

/** The roles an input list names, with `protectedRoles` expanded from the manifest. */
function expand(dataset: Dataset, roles: readonly string[]): string[] {
  return roles.flatMap((r) => (r === 'protectedRoles' ? [...dataset.manifest.protectedRoles] : [r]));
}

/**
 * The gaps in an indicator's inputs, and whether it has no value at all (`empty`: for the
 * protected roles, all of them without features; for any other needed layer, that layer without
 * features). A needed layer the manifest does not name is a gap too; a refining one is not.
 * "Within the district" is judged by bounding boxes, which suffices to catch a layer in the
 * wrong coordinate system.
 */
export function inputGaps(def: IndicatorDef, dataset: Dataset): { gaps: MissingInput[]; empty: boolean } {
  const gaps: MissingInput[] = [];
  if (!def.inputs) return { gaps, empty: false };
  const needs = expand(dataset, def.inputs.needs);
  const refines = expand(dataset, def.inputs.refines ?? []);
  const boundary = dataset.layers.boundary;
  const box = boundary ? layerBox(boundary) : null;
  const has = (role: string) => (dataset.layers[role]?.features.length ?? 0) > 0;
  for (const role of [...needs, ...refines]) {
    const spec = dataset.manifest.layers[role];
    const loaded = dataset.missing.filter((m) => m.layer === role);
    gaps.push(...loaded);
    const layer = dataset.layers[role];
    if (!spec) {
      if (needs.includes(role) && loaded.length === 0) gaps.push({ layer: role, file: 'manifest.json', ...missingReason('missing.noLayer', { role }) });
      continue;
    }
    if (!layer) continue;
    if (layer.features.length === 0) gaps.push({ layer: role, file: spec.file, ...missingReason('missing.noFeatures', {}) });
    else if (role !== 'boundary' && box && outside(layer, box)) gaps.push({ layer: role, file: spec.file, ...missingReason('missing.outsideDistrict', {}) });
  }
  const protectedRoles = new Set(dataset.manifest.protectedRoles as readonly string[]);
  const needsPlain = needs.filter((r) => r !== 'boundary' && !protectedRoles.has(r));
  const needsProtected = def.inputs.needs.includes('protectedRoles');
  const empty = needsPlain.some((r) => !has(r)) || (needsProtected && !dataset.manifest.protectedRoles.some(has));
  return { gaps, empty };
}
