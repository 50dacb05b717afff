/**
 * The URL hash holds the view, the visible layers, the selected feature, the month and the
 * language, so a link reopens the same map: `#map=10.5/30.03/120.87/0&layers=…&sel=sections:4&month=3&lang=en`.
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
  };
}
