/** Layers of the manifest: their files, roles, tiles and tables. Part of the message catalog (src/core/i18n/messages.ts joins the parts). */
import { def } from './define.ts';

/** The messages by code. */
export const layerMessages = {
  // Layers of the manifest
  'layer.unsupportedFormat': def({
    example: {},
    en: () => 'is not a GeoJSON file (.geojson, .json) or a shapefile (.zip, .shp)',
    zh: () => '不是 GeoJSON 文件（.geojson、.json），也不是 shapefile（.zip、.shp）',
    hintEn: () => 'Convert the layer to GeoJSON or a shapefile, e.g. in QGIS: Export → Save Features As….',
    hintZh: () => '请把图层转换为 GeoJSON 或 shapefile，例如在 QGIS 中：导出 → 要素另存为…。',
  }),
  'layer.notFound': def({
    example: { layer: 'towns' },
    en: (p) => `was not found (named for layer "${p.layer}" in manifest.json)`,
    zh: (p) => `未找到（manifest.json 中为图层 "${p.layer}" 指定的文件）`,
    hintEn: () => 'Put the file beside manifest.json, or correct its name in manifest.json.',
    hintZh: () => '请把文件放在 manifest.json 所在的文件夹，或在 manifest.json 中改正文件名。',
  }),
  'layer.needsCrs': def({
    example: { x: 40500000, y: 3320000, shapefile: 0, likely: 'EPSG:4528 (CGCS2000 / 3-degree Gauss-Kruger zone 40)' },
    en: (p) => `has coordinates like (${p.x}, ${p.y}), which look projected (metres), and names no coordinate system`,
    zh: (p) => `坐标形如 (${p.x}, ${p.y})，像是投影坐标（米），但没有说明坐标系`,
    hintEn: (p) => `${p.shapefile ? 'Add the .prj that belongs to it' : 'Add a "crs" member, e.g. "crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::4549" } }'}${p.likely ? `; the likely systems are ${p.likely}` : ''}, or reproject it to EPSG:4490.`,
    hintZh: (p) => `${p.shapefile ? '请补上与之配套的 .prj 文件' : '请添加 "crs" 成员，例如 "crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::4549" } }'}${p.likely ? `；可能的坐标系为 ${p.likely}` : ''}；或将其转换为 EPSG:4490。`,
  }),
  'layer.guessedFields': def({
    example: { keys: '"population"', mapped: '人口 → population', fields: '"population": "人口"' },
    en: (p) => `has no ${p.keys}; the usual agency attribute names were used (${p.mapped})`,
    zh: (p) => `缺少 ${p.keys}；已按部门数据常用的属性名对应（${p.mapped}）`,
    hintEn: (p) => `If that is wrong, say which attribute to use in manifest.json: "fields": { ${p.fields} }.`,
    hintZh: (p) => `如对应有误，请在 manifest.json 中指明所用属性："fields": { ${p.fields} }。`,
  }),
  'layer.notFeatureCollection': def({
    example: {},
    en: () => 'is not a GeoJSON FeatureCollection',
    zh: () => '不是 GeoJSON FeatureCollection',
    hintEn: () => 'The file must be { "type": "FeatureCollection", "features": [ … ] }.',
    hintZh: () => '文件须为 { "type": "FeatureCollection", "features": [ … ] }。',
  }),
  'layer.optionalMissing': def({
    example: { key: 'name', lacking: 2, total: 5 },
    en: (p) => `${p.lacking === p.total ? 'no feature has' : `${p.lacking} of ${p.total} features have no`} "${p.key}"${p.key === 'name' || p.key === 'id' ? '; they are labelled by their number in the file (#0, #1, …, as in these messages)' : ''}; no indicator needs it`,
    zh: (p) => `${p.lacking === p.total ? '所有要素都没有' : `${p.total} 个要素中有 ${p.lacking} 个没有`} "${p.key}"${p.key === 'name' || p.key === 'id' ? '；这些要素以其在文件中的序号标示（#0、#1…，与这些提示中相同）' : ''}；指标计算不需要该属性`,
    hintEn: (p) => `Add "${p.key}" to the features, or map it to the source's attribute in manifest.json: "fields": { "${p.key}": "…" }.`,
    hintZh: (p) => `请为要素补充 "${p.key}"，或在 manifest.json 中把它对应到源数据的属性："fields": { "${p.key}": "…" }。`,
  }),
  'boundary.tiled': def({
    example: {},
    en: () => 'is the district boundary, which cannot be given as vector tiles only: every indicator is measured against it',
    zh: () => '是区界，不能只以矢量瓦片提供：所有指标都以它为基准计算',
    hintEn: () => 'Give the boundary layer its GeoJSON or shapefile ("file"); keep "tiles" for the large layers (forest parcels).',
    hintZh: () => '请为区界图层提供 GeoJSON 或 shapefile（"file"）；"tiles" 只用于大图层（如林地小班）。',
  }),
  'boundary.unusable': def({
    example: {},
    en: () => 'gives no usable district boundary',
    zh: () => '没有可用的辖区边界',
    hintEn: () => 'The boundary layer needs at least one valid Polygon or MultiPolygon.',
    hintZh: () => '边界图层至少需要一个有效的 Polygon 或 MultiPolygon。',
  }),
  'samples.notFound': def({
    example: {},
    en: () => 'was not found (named as "samples" of the sections in manifest.json)',
    zh: () => '未找到（manifest.json 中 sections 图层的 "samples" 指定的文件）',
    hintEn: () => 'Put the spreadsheet beside manifest.json, or correct its name.',
    hintZh: () => '请把表格放在 manifest.json 所在的文件夹，或改正其文件名。',
  }),
};
