/** Features and their geometry: positions, rings, polygons (positions and rings are inner messages of the others). Part of the message catalog (src/core/i18n/messages.ts joins the parts). */
import { def } from './define.ts';
import type { Open, Say } from './define.ts';
import { FIX_GEOMETRY_EN, FIX_GEOMETRY_ZH, GEOS_REASON_ZH, partEn, partZh, positionHint, ringEn, ringZh } from './pieces.ts';

/** The messages by code; `say` gives the text of an inner message of the whole catalog. */
export const geometryMessages = (say: Say) => ({
  // Features
  'feature.notFeature': def({
    example: {},
    en: () => 'is not a GeoJSON Feature',
    zh: () => '不是 GeoJSON Feature',
    hintEn: () => 'Each item of "features" must be { "type": "Feature", "geometry": …, "properties": { … } }.',
    hintZh: () => '"features" 的每一项都须为 { "type": "Feature", "geometry": …, "properties": { … } }。',
  }),
  'feature.invalidGeoJson': def({
    example: { trace: 'Position must only contain numbers.' },
    en: (p) => `is not valid GeoJSON: ${p.trace}`,
    zh: (p) => `不是有效的 GeoJSON：${p.trace}`,
    hintEn: () => 'Export the layer again from a GIS as GeoJSON.',
    hintZh: () => '请从 GIS 软件重新导出为 GeoJSON。',
  }),
  'section.duplicateId': def({
    example: { id: 'W01', first: 2 },
    en: (p) => `repeats the id ${p.id} of feature #${p.first}; it is left out, so the section counts once`,
    zh: (p) => `与要素 #${p.first} 的编号 ${p.id} 重复；已略去，该断面只计一次`,
    hintEn: () => 'Give every section its own id, or remove the duplicate.',
    hintZh: () => '请为每个断面设不同的编号，或删除重复的断面。',
  }),

  // Geometry (positions and rings are inner messages of point.invalid, polygon.invalid, hole.ignored)
  'position.notNumbers': def({ example: {}, en: () => 'has a position that is not two numbers', zh: () => '有坐标不是两个数值' }),
  'position.projected': def({
    example: { x: 500000, y: 3300000 },
    en: (p) => `has coordinate (${p.x}, ${p.y}), which looks like projected coordinates in metres, not longitude/latitude`,
    zh: (p) => `有坐标 (${p.x}, ${p.y})，像是以米为单位的投影坐标，而不是经纬度`,
  }),
  'position.swapped': def({
    example: { x: 30.01, y: 120.9 },
    en: (p) => `has coordinate (${p.x}, ${p.y}) with a latitude beyond ±90: the axes look swapped ([latitude, longitude] instead of [longitude, latitude]), outside longitude/latitude range`,
    zh: (p) => `有坐标 (${p.x}, ${p.y})，纬度超出 ±90：坐标轴似乎写反了（写成了 [纬度, 经度]，应为 [经度, 纬度]），超出经纬度范围`,
  }),
  'position.outOfRange': def({
    example: { x: 200, y: 10 },
    en: (p) => `has coordinate (${p.x}, ${p.y}) outside longitude/latitude range`,
    zh: (p) => `有坐标 (${p.x}, ${p.y}) 超出经纬度范围`,
  }),
  'ring.notList': def({ example: { part: 0, hole: 0 }, en: (p) => `${ringEn(p)} is not a list of positions`, zh: (p) => `${ringZh(p)}不是坐标列表` }),
  'ring.position': def<Open<{ part: number; hole: number; position: string }>>({
    example: { part: 2, hole: 1, position: 'position.outOfRange', x: 200, y: 10 },
    en: (p) => `${ringEn(p)} ${say(p.position, p, 'en')}`,
    zh: (p) => `${ringZh(p)}${say(p.position, p, 'zh')}`,
  }),
  'ring.tooFewPoints': def({ example: { part: 0, hole: 0 }, en: (p) => `${ringEn(p)} has fewer than 3 distinct points`, zh: (p) => `${ringZh(p)}的不同顶点少于 3 个` }),
  'polygon.empty': def({ example: { part: 2 }, en: (p) => `${partEn(p)} is empty`, zh: (p) => `${partZh(p)}为空` }),
  'ring.notClosed': def({
    example: { part: 0, hole: 0 },
    en: (p) => `${ringEn(p)} is not closed; it was closed by repeating its first point`,
    zh: (p) => `${ringZh(p)}未闭合；已重复其第一个点使其闭合`,
    hintEn: () => 'Close the ring in the source (last position = first position).',
    hintZh: () => '请在源数据中闭合该环（最后一个点与第一个点相同）。',
  }),
  'hole.ignored': def<Open<{ detail: string }>>({
    example: { detail: 'ring.tooFewPoints', part: 0, hole: 1 },
    en: (p) => `${say(p.detail, p, 'en')}; the hole was ignored`,
    zh: (p) => `${say(p.detail, p, 'zh')}；已忽略该内环`,
    hintEn: () => 'Remove or redraw the hole.',
    hintZh: () => '请删除或重新绘制该内环。',
  }),
  'geometry.missing': def({
    example: {},
    en: () => 'has no geometry',
    zh: () => '没有几何图形',
    hintEn: () => 'Draw the feature or delete it from the file.',
    hintZh: () => '请绘制该要素，或将其从文件中删除。',
  }),
  'geometry.wrongType': def({
    example: { type: 'LineString', kind: 'polygon' },
    en: (p) => `has geometry type ${p.type}, but this layer needs ${p.kind === 'point' ? 'Point' : 'Polygon or MultiPolygon'}`,
    zh: (p) => `几何类型为 ${p.type}，但该图层需要 ${p.kind === 'point' ? 'Point' : 'Polygon 或 MultiPolygon'}`,
    hintEn: () => 'Put the feature in a layer of the right kind, or convert it (e.g. lines to polygons) before loading.',
    hintZh: () => '请把该要素放到几何类型相符的图层中，或在加载前转换（例如把线转为面）。',
  }),
  'point.invalid': def<Open<{ position: string }>>({
    example: { position: 'position.projected', x: 500000, y: 3300000 },
    en: (p) => `point ${say(p.position, p, 'en')}`,
    zh: (p) => `点的${say(p.position, p, 'zh').replace(/^有/, '')}`,
    hintEn: (p) => positionHint(p.position, 'en', 'Give the point as [longitude, latitude].'),
    hintZh: (p) => positionHint(p.position, 'zh', '请按 [经度, 纬度] 给出该点。'),
  }),
  'geometry.empty': def({
    example: {},
    en: () => 'has an empty geometry',
    zh: () => '几何图形为空',
    hintEn: () => 'Draw the feature or delete it from the file.',
    hintZh: () => '请绘制该要素，或将其从文件中删除。',
  }),
  'polygon.invalid': def<Open<{ detail: string }>>({
    example: { detail: 'ring.position', part: 0, hole: 0, position: 'position.projected', x: 500000, y: 3300000 },
    en: (p) => say(p.detail, p, 'en'),
    zh: (p) => say(p.detail, p, 'zh'),
    hintEn: (p) => positionHint(p.position, 'en', 'Redraw the polygon, or delete the feature.'),
    hintZh: (p) => positionHint(p.position, 'zh', '请重新绘制该多边形，或删除该要素。'),
  }),
  'geometry.spansGlobe': def({
    example: { span: '221.0' },
    en: (p) => `spans ${p.span}° of longitude, more than half the globe`,
    zh: (p) => `横跨经度 ${p.span}°，超过半个地球`,
    hintEn: () => 'A district-sized feature spans a fraction of a degree: look for a stray vertex (a longitude with a wrong sign or a missing digit), or a feature crossing the 180° meridian, which must be split there.',
    hintZh: () => '区县大小的要素只跨不到一度：请查找离群的顶点（经度正负号错误或少了一位数字），或跨越 180° 经线的要素——须在该经线处拆分。',
  }),
  'geometry.selfIntersecting': def({
    example: { crossings: 2 },
    en: (p) => `is self-intersecting (${p.crossings} crossing${p.crossings > 1 ? 's' : ''}${p.crossings >= 100 ? ' or more' : ''}); it was repaired for area calculations`,
    zh: (p) => `自相交（${p.crossings} 处交叉${p.crossings >= 100 ? '或更多' : ''}）；已为计算面积做了修复`,
    hintEn: () => FIX_GEOMETRY_EN,
    hintZh: () => FIX_GEOMETRY_ZH,
  }),
  'geometry.touchesItself': def({
    example: { rings: 1 },
    en: (p) => `has ${p.rings === 1 ? 'a ring that touches' : `${p.rings} rings that touch`} itself at a vertex (allowed by some software, not by the OGC rules overlays need); it was split there`,
    zh: (p) => `有 ${p.rings} 个环在顶点处与自身相接（部分软件允许，但叠加分析所依据的 OGC 规则不允许）；已在该处拆开`,
    hintEn: () => FIX_GEOMETRY_EN,
    hintZh: () => FIX_GEOMETRY_ZH,
  }),
  'geometry.overlappingParts': def({
    example: { a: 1, b: 2, pairs: 3 },
    en: (p) => `has parts that overlap (part ${p.a} and part ${p.b}${p.pairs > 1 ? `, ${p.pairs} pairs in all` : ''}); they were merged so their overlap counts once`,
    zh: (p) => `有相互重叠的部分（第 ${p.a} 部分与第 ${p.b} 部分${p.pairs > 1 ? `，共 ${p.pairs} 对` : ''}）；已合并，重叠处只计一次`,
    hintEn: () => 'Dissolve the parts in the source, e.g. QGIS "Dissolve" or PostGIS ST_UnaryUnion.',
    hintZh: () => '请在源数据中融合各部分，例如用 QGIS 的“融合”或 PostGIS 的 ST_UnaryUnion。',
  }),
  'geometry.invalid': def({
    example: { reason: 'Hole lies outside shell', x: '120.912345', y: '30.012345' },
    en: (p) => `is not a valid polygon: ${p.reason} (GEOS, as PostGIS's ST_IsValidDetail; at ${p.x}, ${p.y}); it was made valid as PostGIS's ST_MakeValid(geom, 'method=structure') does before any indicator measured it`,
    zh: (p) => `不是有效的多边形：${GEOS_REASON_ZH[String(p.reason)] ?? p.reason}（GEOS 判定，与 PostGIS 的 ST_IsValidDetail 相同；位置 ${p.x}, ${p.y}）；已按 PostGIS 的 ST_MakeValid(geom, 'method=structure') 修复后再参与各项指标的计算`,
    hintEn: () => FIX_GEOMETRY_EN,
    hintZh: () => FIX_GEOMETRY_ZH,
  }),
  'geometry.invalidEmpty': def({
    example: {},
    en: () => 'is not a valid polygon and nothing of it is left when made valid (its rings enclose no area)',
    zh: () => '不是有效的多边形，修复后没有剩下任何面积（各环不围成面）',
    hintEn: () => FIX_GEOMETRY_EN,
    hintZh: () => FIX_GEOMETRY_ZH,
  }),
  'geometry.badCollection': def({
    example: {},
    en: () => 'is a GeometryCollection that is empty, nests another collection or holds something that is not a geometry',
    zh: () => '是 GeometryCollection，但为空、嵌套了另一个集合或含有非几何对象',
    hintEn: () => 'Export simple geometries (one type per layer); nested collections are not supported.',
    hintZh: () => '请导出简单几何（每个图层一种类型）；不支持嵌套的集合。',
  }),
});
