/**
 * The URL hash holds the view, the visible layers and their opacity, the selected feature, the
 * month, the outlined indicator and the language, so a link reopens the same map:
 * `#map=10.5/30.03/120.87/0&layers=…&sel=sections:4&month=3&lang=en&opacity=parks:0.4&ind=forestCoverage`.
 */
import { GROUP_IDS } from '../../map/index.ts';
import type { GroupId, View } from '../../map/index.ts';
import type { AppState } from './app-state.ts';
import { featureKey, parseFeatureKey } from '../../core/index.ts';
import type { FeatureId } from '../../core/index.ts';

export interface UrlState {
  readonly view?: View;
  readonly visible?: Readonly<Record<GroupId, boolean>>;
  readonly selected?: FeatureId;
  readonly month?: number;
  readonly lang?: 'zh' | 'en';
  /** Opacity of the groups that are not fully opaque, 0–1. */
  readonly opacity?: Readonly<Partial<Record<GroupId, number>>>;
  /** The indicator whose features are outlined. */
  readonly highlight?: string;
}

/** Reads what the hash says; anything malformed is ignored. */
export function parseHash(hash: string): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const out: { -readonly [K in keyof UrlState]: UrlState[K] } = {};
  const m = p.get('map')?.split('/').map(Number);
  if (m && m.length >= 3 && m.every(Number.isFinite) && Math.abs(m[1]!) <= 90 && Math.abs(m[2]!) <= 180) {
    out.view = { zoom: m[0]!, center: [m[2]!, m[1]!], bearing: m[3] ?? 0 };
  }
  const layers = p.get('layers');
  if (layers !== null) {
    const on = new Set(layers.split(',').filter(Boolean));
    out.visible = Object.fromEntries(GROUP_IDS.map((g) => [g, on.has(g)])) as Record<GroupId, boolean>;
  }
  const sel = parseFeatureKey(p.get('sel'));
  if (sel) out.selected = sel;
  const month = Number(p.get('month'));
  if (Number.isInteger(month) && month >= 1 && month <= 12) out.month = month;
  const lang = p.get('lang');
  if (lang === 'en' || lang === 'zh') out.lang = lang;
  const opacity = p.get('opacity');
  if (opacity) {
    const o: Partial<Record<GroupId, number>> = {};
    for (const part of opacity.split(',')) {
      const [g, v] = part.split(':');
      const n = Number(v);
      if ((GROUP_IDS as readonly string[]).includes(g ?? '') && Number.isFinite(n) && n >= 0 && n <= 1) o[g as GroupId] = n;
    }
    if (Object.keys(o).length > 0) out.opacity = o;
  }
  const hl = p.get('ind');
  if (hl && /^[A-Za-z]+$/.test(hl)) out.highlight = hl;
  return out;
}

/** The hash for a state and view (without `#`). */
export function formatHash(s: AppState, view: View | null): string {
  const parts: string[] = [];
  if (view) parts.push(`map=${view.zoom.toFixed(2)}/${view.center[1].toFixed(5)}/${view.center[0].toFixed(5)}/${Math.round(view.bearing)}`);
  parts.push(`layers=${GROUP_IDS.filter((g) => s.visible[g]).join(',')}`);
  if (s.selected) parts.push(`sel=${encodeURIComponent(featureKey(s.selected))}`);
  if (s.month) parts.push(`month=${s.month}`);
  if (s.lang !== 'zh') parts.push(`lang=${s.lang}`);
  const faded = GROUP_IDS.filter((g) => s.opacity[g] !== 1).map((g) => `${g}:${Number(s.opacity[g].toFixed(2))}`);
  if (faded.length > 0) parts.push(`opacity=${faded.join(',')}`);
  if (s.highlight) parts.push(`ind=${s.highlight}`);
  return parts.join('&');
}

/** Applies a parsed hash to a state. */
export function applyUrl(s: AppState, u: UrlState): AppState {
  return {
    ...s,
    ...(u.visible ? { visible: u.visible } : {}),
    ...(u.selected ? { selected: u.selected, tab: 'inspector' as const } : {}),
    ...(u.month ? { month: u.month, tab: u.selected ? ('inspector' as const) : ('sections' as const) } : {}),
    ...(u.lang ? { lang: u.lang } : {}),
    ...(u.opacity ? { opacity: { ...s.opacity, ...u.opacity } } : {}),
    ...(u.highlight ? { highlight: u.highlight } : {}),
  };
}
