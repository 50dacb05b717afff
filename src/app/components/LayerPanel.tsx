/** Layer switches with opacity, and the legend of what is visible. */
import type { WaterClass } from '../../core/index.ts';
import { groupName, LAYER_GROUPS, legendEntries } from '../../map/index.ts';
import type { GroupId, LayerSummary, LegendEntry } from '../../map/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';
import { FileButton } from './FileButton.tsx';
import { readBytes } from '../import/run-import.ts';

function Swatch({ e }: { e: LegendEntry }) {
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
}

export function LayerPanel(p: LayerPanelProps) {
  const { lang, t } = useLang();
  const present = LAYER_GROUPS.filter((g) => p.summaries[g.id]?.count);
  return (
    <section className="panel layer-panel" aria-label={t('layers')}>
      <h2>{t('layers')} · {t('legend')}</h2>
      <ul>
        {[...present].reverse().map((g) => (
          <li key={g.id} data-testid={`layer-${g.id}`}>
            <label className="layer-toggle">
              <input type="checkbox" checked={p.visible[g.id]} onChange={(e) => p.onVisible(g.id, e.target.checked)} />
              {groupName(g.id, lang)}
              {p.replaced.has(g.id) && <em className="replaced"> · {t('replaced')}</em>}
            </label>
            <FileButton className="replace-button" multiple accept=".zip,.shp,.dbf,.prj,.cpg,.shx,.geojson,.json" testId={`replace-${g.id}`}
              label={`${t('replaceLayer')} ${groupName(g.id, lang)}`} onFiles={async (l) => p.onReplace(g.id, await readBytes(l))}>{t('replaceLayer')}</FileButton>
            {p.visible[g.id] && (
              <>
                <input className="opacity" type="range" min={0} max={1} step={0.05} value={p.opacity[g.id]} aria-label={`${t('opacity')} ${groupName(g.id, lang)}`} onChange={(e) => p.onOpacity(g.id, Number(e.target.value))} />
                <ul className="legend" data-testid={`legend-${g.id}`}>
                  {legendEntries(g.id, p.summaries[g.id], p.classesShown, lang).map((e) => (
                    <li key={e.label}><Swatch e={e} />{e.label}</li>
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
