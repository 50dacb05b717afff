/**
 * A layer's attribute table under the map: sortable columns, a filter per column and one over all
 * columns, virtualised rows (only those on screen are in the page, so 60,000 parcels scroll
 * smoothly), the selected feature's row marked and scrolled to, export of the rows shown.
 */
import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { AREA_COLUMN, formatNumber } from '../../core/index.ts';
import type { Cell } from '../../core/index.ts';
import { groupName } from '../../map/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';
import { cellText, columnTitle } from '../table/column-title.ts';
import type { TableView } from '../table/use-attribute-table.ts';

const ROW_HEIGHT = 30;

export interface AttributeTableProps {
  readonly layer: string;
  readonly view: TableView;
  /** Index in the layer of the selected feature, when it is of this layer. */
  readonly selectedIndex: number | null;
  readonly onSelect: (index: number) => void;
  readonly onCsv: () => void;
  readonly onGeoJson: () => void;
  readonly onClose: () => void;
}

export function AttributeTable({ layer, view, selectedIndex, onSelect, onCsv, onGeoJson, onClose }: AttributeTableProps) {
  const { lang, t } = useLang();
  const { table, rows, query } = view;
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual's functions change as it measures; this component is not memoised, so that is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const columns = table?.columns ?? [];
  const template = columns.map((c) => (c.key === AREA_COLUMN ? 'minmax(130px, 1fr)' : 'minmax(110px, 1fr)')).join(' ');
  const minWidth = columns.reduce((w, c) => w + (c.key === AREA_COLUMN ? 130 : 110), 0);
  const position = selectedIndex === null || !table ? -1 : rows.findIndex((r) => table.indices[r] === selectedIndex);
  // The selected feature's row comes into view (a click on the map, a search, the arrow keys).
  useEffect(() => { if (position >= 0) virtual.scrollToIndex(position, { align: 'auto' }); }, [position, virtual]);
  // A new filter or sort starts at the top of the rows.
  useEffect(() => { if (scroller.current) scroller.current.scrollTop = 0; }, [query.filters, query.quick, query.sort]);
  const show = (c: Cell, key: string) => (c === null ? '' : typeof c === 'number' && key === AREA_COLUMN ? formatNumber(lang, c, 2) : cellText(lang, key, c));
  const step = (d: number) => {
    if (!table || rows.length === 0) return;
    const next = Math.min(rows.length - 1, Math.max(0, position < 0 ? 0 : position + d));
    onSelect(table.indices[rows[next]!]!);
  };
  const name = groupName(layer, lang);
  const filtered = Object.values(query.filters).some((v) => v.trim()) || query.quick.trim() !== '';
  return (
    <section className="attribute-table" aria-label={t('tableOf', { layer: name })} data-testid="attribute-table">
      <header>
        <h2>{t('tableOf', { layer: name })}</h2>
        <span className="muted" data-testid="table-count">{table ? t('tableRows', { n: rows.length, total: table.indices.length }) : t('tableLoading')}</span>
        <input type="search" className="table-quick" placeholder={t('tableQuick')} aria-label={t('tableQuick')} value={query.quick} onChange={(e) => view.setQuick(e.target.value)} data-testid="table-quick" />
        {filtered && <button type="button" onClick={view.clear} data-testid="table-clear">{t('tableClearFilters')}</button>}
        <button type="button" onClick={onCsv} disabled={!table} data-testid="table-csv">{t('tableCsv')}</button>
        <button type="button" onClick={onGeoJson} disabled={!table} data-testid="table-geojson">{t('tableGeoJson')}</button>
        <button type="button" className="close" onClick={onClose} aria-label={t('close')} data-testid="table-close">×</button>
      </header>
      {filtered && view.mapFilter && <p className="muted table-note">{t('tableMapFiltered')}</p>}
      {view.invalid.map((k) => <p key={k} className="table-error" role="alert">{t('tableFilterInvalid', { column: columnTitle(lang, k) })}</p>)}
      <div className="table-scroll" ref={scroller} role="grid" aria-rowcount={rows.length + 2} aria-colcount={columns.length} tabIndex={-1}
        onKeyDown={(e) => { if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); step(e.key === 'ArrowDown' ? 1 : -1); } }}>
        <div className="table-head" style={{ minWidth }}>
          <div role="row" className="table-row" style={{ gridTemplateColumns: template }}>
            {columns.map((c) => (
              <div role="columnheader" key={c.key} aria-sort={query.sort?.key === c.key ? (query.sort.asc ? 'ascending' : 'descending') : 'none'}>
                <button type="button" onClick={() => view.sortBy(c.key)} data-testid={`sort-${c.key}`}>
                  {columnTitle(lang, c.key)}{query.sort?.key === c.key ? (query.sort.asc ? ' ▲' : ' ▼') : ''}
                </button>
              </div>
            ))}
          </div>
          <div role="row" className="table-row filters" style={{ gridTemplateColumns: template }}>
            {columns.map((c) => (
              <div role="columnheader" key={c.key}>
                <input value={query.filters[c.key] ?? ''} onChange={(e) => view.setFilter(c.key, e.target.value)} aria-label={`${columnTitle(lang, c.key)} ${t('tableQuick')}`}
                  placeholder={c.kind === 'number' ? t('tableFilterNumber') : t('tableFilterText')} className={view.invalid.includes(c.key) ? 'invalid' : ''} data-testid={`filter-${c.key}`} />
              </div>
            ))}
          </div>
        </div>
        {table && rows.length === 0 && <p className="muted table-empty">{t('tableEmpty')}</p>}
        <div className="table-body" style={{ height: virtual.getTotalSize(), minWidth }}>
          {table && virtual.getVirtualItems().map((v) => {
            const r = rows[v.index]!;
            const index = table.indices[r]!;
            const cells = table.cells[r]!;
            return (
              <div role="row" key={v.key} aria-rowindex={v.index + 3} aria-selected={index === selectedIndex} className={`table-row${index === selectedIndex ? ' selected' : ''}`}
                style={{ gridTemplateColumns: template, transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }} tabIndex={0}
                onClick={() => onSelect(index)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(index); } }} data-testid={`table-row-${index}`}>
                {columns.map((c, i) => <div role="gridcell" key={c.key} className={c.kind === 'number' ? 'num' : ''}>{show(cells[i] ?? null, c.key)}</div>)}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
