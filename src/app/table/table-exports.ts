/** Downloads of an attribute table's rows as shown: CSV (UTF-8 with BOM) and GeoJSON. */
import { tableCsv } from '../../core/index.ts';
import type { Lang, LayerFeature } from '../../core/index.ts';
import { groupName } from '../../map/index.ts';
import { download } from '../sites/site-exports.ts';
import { columnTitle } from './column-title.ts';
import type { TableView } from './use-attribute-table.ts';

/** The rows shown, in their order, as `<layer>.csv` with column titles in the language. */
export function downloadTableCsv(lang: Lang, layer: string, view: TableView): void {
  if (!view.table) return;
  download(`${groupName(layer, lang)}.csv`, tableCsv(view.table, view.rows, (k) => columnTitle(lang, k)), 'text/csv;charset=utf-8');
}

/** The features of the rows shown, in their order, with all their properties, as `<layer>.geojson`. */
export async function downloadTableGeoJson(lang: Lang, layer: string, view: TableView, fetchFeatures: (layer: string, indices: readonly number[]) => Promise<readonly LayerFeature[]>): Promise<void> {
  const table = view.table;
  if (!table) return;
  const features = await fetchFeatures(layer, view.rows.map((r) => table.indices[r]!));
  download(`${groupName(layer, lang)}.geojson`, JSON.stringify({ type: 'FeatureCollection', features }), 'application/geo+json');
}
