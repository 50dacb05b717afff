/** Layer switches with opacity, and the legend of what is visible. */
import { useState } from 'react';
import type { WaterClass } from '../../core/index.ts';
import { groupName, LAYER_GROUPS, legendEntries, UNDER_GROUPS } from '../../map/index.ts';
import type { GroupId, LayerSummary, LegendEntry } from '../../map/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';
import { FileButton } from './FileButton.tsx';
import { readBytes } from '../import/run-import.ts';

/** A legend entry's swatch: a fill, hatch, circle or (dashed) line in its colour. */
export function Swatch({ e }: { e: LegendEntry }) {
  const style = e.swatch === 'fill' ? { background: e.color }
    : e.swatch === 'hatch' ? { background: `repeating-linear-gradient(45deg, ${e.color} 0 2px, transparent 2px 6px)`, border: `2px solid ${e.color}` }
    : e.swatch === 'circle' ? { background: e.color, borderRadius: '50%' }
    : { borderTop: `2px ${e.swatch === 'dashed' ? 'dashed' : 'solid'} ${e.color}`, height: 0, marginTop: 7 };
  return <span className="swatch" style={style} />;
}

export interface LayerPanelProps {
  /** Count and legend values of each layer. */
  readonly summaries: Readonly<Record<string, LayerSummary>>;
  readonly visible: Readonly<Record<GroupId, boolean>>;
  readonly opacity: Readonly<Record<GroupId, number>>;
  readonly classesShown: ReadonlySet<WaterClass | null>;
  readonly onVisible: (g: GroupId, v: boolean) => void;
  readonly onOpacity: (g: GroupId, o: number) => void;
  /** Layers replaced by an import. */
  readonly replaced: ReadonlySet<string>;
  readonly onReplace: (g: GroupId, files: Record<string, Uint8Array>) => void;
  readonly onReset: () => void;
  /** The groups bottom to top, and how to move one (a step up or down, or to another's place). */
  readonly order: readonly GroupId[];
  readonly onMove: (g: GroupId, to: GroupId | 'up' | 'down') => void;
  /** Colours chosen for groups, and how to choose one (null: back to the style's). */
  readonly colors: Readonly<Partial<Record<GroupId, string>>>;
  readonly onColor: (g: GroupId, color: string | null) => void;
  /** Opens (or closes) a group's attribute table; the one open. */
  readonly onTable: (g: GroupId) => void;
  readonly tableLayer: GroupId | null;
}

export function LayerPanel(p: LayerPanelProps) {
  const { lang, t } = useLang();
  // Top of the map first, as in any GIS's layer list.
  const present = [...p.order].reverse().filter((id) => p.summaries[id]?.count || p.summaries[id]?.tiled).map((id) => LAYER_GROUPS.find((g) => g.id === id)!);
  const [dragged, setDragged] = useState<GroupId | null>(null);
  return (
    <section className="panel layer-panel" aria-label={t('layers')}>
      <h2>{t('layers')} · {t('legend')}</h2>
      <ul>
        {present.map((g, k) => (
          <li key={g.id} data-testid={`layer-${g.id}`} draggable onDragStart={(e) => { setDragged(g.id); e.dataTransfer.effectAllowed = 'move'; }}
            onDragOver={(e) => { if (dragged) { e.preventDefault(); e.stopPropagation(); } }}
            onDrop={(e) => { if (dragged) { e.preventDefault(); e.stopPropagation(); if (dragged !== g.id) p.onMove(dragged, g.id); setDragged(null); } }}
            onDragEnd={() => setDragged(null)} className={dragged === g.id ? 'dragging' : ''}>
            <span className="layer-move" hidden={UNDER_GROUPS.includes(g.id)}>
              <button type="button" disabled={k === 0} onClick={() => p.onMove(g.id, 'up')} aria-label={`${t('moveUp')} ${groupName(g.id, lang)}`} data-testid={`up-${g.id}`}>▲</button>
              <button type="button" disabled={k === present.length - 1} onClick={() => p.onMove(g.id, 'down')} aria-label={`${t('moveDown')} ${groupName(g.id, lang)}`} data-testid={`down-${g.id}`}>▼</button>
            </span>
            <label className="layer-toggle">
              <input type="checkbox" checked={p.visible[g.id]} onChange={(e) => p.onVisible(g.id, e.target.checked)} />
              {groupName(g.id, lang)}
              {p.replaced.has(g.id) && <em className="replaced"> · {t('replaced')}</em>}
            </label>
            <FileButton className="replace-button" multiple accept=".zip,.shp,.dbf,.prj,.cpg,.shx,.geojson,.json" testId={`replace-${g.id}`}
              label={`${t('replaceLayer')} ${groupName(g.id, lang)}`} onFiles={async (l) => p.onReplace(g.id, await readBytes(l))}>{t('replaceLayer')}</FileButton>
            <button type="button" className="layer-table-button" onClick={() => p.onTable(g.id)} aria-pressed={p.tableLayer === g.id}
              disabled={p.summaries[g.id]?.tiled} title={p.summaries[g.id]?.tiled ? t('fromTilesNoTable') : undefined}
              aria-label={`${t('table')} ${groupName(g.id, lang)}`} data-testid={`table-${g.id}`}>{t('table')}</button>
            {p.visible[g.id] && (
              <>
                <span className="layer-style">
                  <input className="opacity" type="range" min={0} max={1} step={0.05} value={p.opacity[g.id]} aria-label={`${t('opacity')} ${groupName(g.id, lang)}`} onChange={(e) => p.onOpacity(g.id, Number(e.target.value))} />
                  <input type="color" value={p.colors[g.id] ?? '#3f7f7f'} aria-label={`${t('layerColor')} ${groupName(g.id, lang)}`} data-testid={`color-${g.id}`} onChange={(e) => p.onColor(g.id, e.target.value)} />
                  {p.colors[g.id] && <button type="button" className="color-reset" onClick={() => p.onColor(g.id, null)} aria-label={`${t('colorReset')} ${groupName(g.id, lang)}`}>↺</button>}
                </span>
                <ul className="legend" data-testid={`legend-${g.id}`}>
                  {legendEntries(g.id, p.summaries[g.id], p.classesShown, lang).map((e) => (
                    <li key={e.label}><Swatch e={p.colors[g.id] && e.swatch !== 'circle' ? { ...e, color: p.colors[g.id]! } : e} />{e.label}</li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
      {p.replaced.size > 0 && <button type="button" onClick={p.onReset} data-testid="reset-dataset">{t('resetDataset')}</button>}
    </section>
  );
}
