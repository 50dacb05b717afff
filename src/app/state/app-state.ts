/**
 * The app's state (everything but the camera, which stays in the map): language, layer
 * visibility and opacity, the selected feature, the month shown, the highlighted indicator.
 */
import type { FeatureId, Lang } from '../../core/index.ts';
import { DEFAULT_GROUP_ORDER, defaultVisibility, GROUP_IDS } from '../../map/index.ts';
import type { GroupId } from '../../map/index.ts';

export type Tab = 'board' | 'towns' | 'sections' | 'sites' | 'inspector';

export interface AppState {
  readonly lang: Lang;
  readonly visible: Readonly<Record<GroupId, boolean>>;
  readonly opacity: Readonly<Record<GroupId, number>>;
  /** The selected feature. */
  readonly selected: FeatureId | null;
  /** 1–12, or null for the annual class. */
  readonly month: number | null;
  /** Id of the indicator whose features are highlighted. */
  readonly highlight: string | null;
  readonly tab: Tab;
  readonly showIssues: boolean;
  /** The layer groups bottom to top, as the user arranged them. */
  readonly order: readonly GroupId[];
  /** Colours the user chose for groups. */
  readonly colors: Readonly<Partial<Record<GroupId, string>>>;
}

export type Action =
  | { type: 'lang'; lang: Lang }
  | { type: 'visible'; group: GroupId; visible: boolean }
  | { type: 'showGroups'; groups: readonly GroupId[] }
  | { type: 'opacity'; group: GroupId; opacity: number }
  | { type: 'select'; id: FeatureId | null }
  | { type: 'month'; month: number | null }
  | { type: 'highlight'; id: string | null }
  | { type: 'tab'; tab: Tab }
  | { type: 'issues'; show: boolean }
  /** Moves a group one step up (towards the top of the map) or down, or to another group's place. */
  | { type: 'move'; group: GroupId; to: GroupId | 'up' | 'down' }
  | { type: 'color'; group: GroupId; color: string | null };

/** The state at start, before the URL is applied. */
export function initialState(): AppState {
  return {
    lang: 'zh',
    visible: defaultVisibility(),
    opacity: Object.fromEntries(GROUP_IDS.map((g) => [g, 1])) as Record<GroupId, number>,
    selected: null,
    month: null,
    highlight: null,
    tab: 'board',
    showIssues: false,
    order: [...DEFAULT_GROUP_ORDER],
    colors: {},
  };
}

/** Applies an action. */
export function reduce(s: AppState, a: Action): AppState {
  switch (a.type) {
    case 'lang': return { ...s, lang: a.lang };
    case 'visible': return { ...s, visible: { ...s.visible, [a.group]: a.visible } };
    case 'showGroups': return { ...s, visible: { ...s.visible, ...Object.fromEntries(a.groups.map((g) => [g, true])) } };
    case 'opacity': return { ...s, opacity: { ...s.opacity, [a.group]: Math.min(1, Math.max(0, a.opacity)) } };
    case 'select': return { ...s, selected: a.id, tab: a.id && s.tab === 'board' ? 'inspector' : s.tab };
    case 'month': return { ...s, month: a.month };
    case 'highlight': return { ...s, highlight: s.highlight === a.id ? null : a.id };
    case 'tab': return { ...s, tab: a.tab };
    case 'issues': return { ...s, showIssues: a.show };
    case 'move': return { ...s, order: moved(s.order, a.group, a.to) };
    case 'color': {
      const colors = { ...s.colors };
      if (a.color) colors[a.group] = a.color; else delete colors[a.group];
      return { ...s, colors };
    }
  }
}

/** The order with a group moved one step up or down (bottom to top), or to another group's place. */
export function moved(order: readonly GroupId[], group: GroupId, to: GroupId | 'up' | 'down'): GroupId[] {
  const from = order.indexOf(group);
  if (from < 0) return [...order];
  const target = to === 'up' ? from + 1 : to === 'down' ? from - 1 : order.indexOf(to);
  if (target < 0 || target >= order.length || target === from) return [...order];
  const next = order.filter((g) => g !== group);
  next.splice(target, 0, group);
  return next;
}
