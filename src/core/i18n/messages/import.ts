/** Importing GeoJSON and shapefiles: formats, coordinate systems, archives. Part of the message catalog (src/core/i18n/messages.ts joins the parts). */
import { def } from './define.ts';
import type { Open, Say } from './define.ts';
import { IMPORT_REPROJECT_EN, IMPORT_REPROJECT_ZH } from './pieces.ts';

/** The messages by code; `say` gives the text of an inner message of the whole catalog. */
export const importMessages = (say: Say) => ({
  // Importing GeoJSON and shapefiles
  'zip.asText': def({
    example: {},
    en: () => 'is a zip archive given as text',
    zh: () => '是以文本形式提供的 zip 压缩包',
    hintEn: () => 'Read zip archives as bytes.',
    hintZh: () => '请以字节形式读取 zip 压缩包。',
  }),
  'zip.entryTooLarge': def({
    example: { entry: 'big.shp', size: '2 MiB', limit: '1 MiB', total: '4 MiB' },
    en: (p) => `${p.entry} unpacks to ${p.size}, more than the limit of ${p.limit} per file (${p.total} in all)`,
    zh: (p) => `${p.entry} 解压后为 ${p.size}，超过每个文件 ${p.limit}（合计 ${p.total}）的上限`,
  }),
  'zip.refused': def({
    example: { entry: 'big.shp', size: '2 MiB', limit: '1 MiB', total: '4 MiB' },
    en: (p) => `is refused: ${say('zip.entryTooLarge', p, 'en')}`,
    zh: (p) => `被拒绝：${say('zip.entryTooLarge', p, 'zh')}`,
    hintEn: () => 'Unpack it yourself and check its contents; a shapefile of a district is far smaller.',
    hintZh: () => '请自行解压并检查其内容；一个区县的 shapefile 远比这小。',
  }),
  'zip.unreadable': def({
    example: {},
    en: () => 'is not a readable zip archive',
    zh: () => '不是可读取的 zip 压缩包',
    hintEn: () => 'Zip the .shp, .dbf, .prj and .cpg files together again.',
    hintZh: () => '请把 .shp、.dbf、.prj 和 .cpg 文件重新打包成 zip。',
  }),
  'shapefile.noDbf': def({
    example: {},
    en: () => 'has no .dbf beside it, so its attributes are missing',
    zh: () => '旁边没有 .dbf 文件，因此缺少属性',
    hintEn: () => 'Include the .dbf (and .prj, .cpg) with the .shp, e.g. zip them together.',
    hintZh: () => '请把 .dbf（以及 .prj、.cpg）与 .shp 一起提供，例如打包成一个 zip。',
  }),
  'shp.tooShort': def({
    example: { bytes: 40 },
    en: (p) => `is too short to be a shapefile (${p.bytes} bytes; the header alone is 100): it is cut off or empty`,
    zh: (p) => `太短，不可能是 shapefile（${p.bytes} 字节，仅文件头就有 100 字节）：文件被截断或为空`,
  }),
  'shp.notShapefile': def({
    example: {},
    en: () => 'does not start like a shapefile (.shp file code 9994): it may be another kind of file renamed',
    zh: () => '开头不像 shapefile（.shp 文件代码 9994）：可能是改了扩展名的其他文件',
  }),
  'shp.truncated': def({
    example: { declared: 2000, actual: 1500 },
    en: (p) => `is truncated: its header says ${p.declared} bytes, the file has ${p.actual}; the last shapes are missing`,
    zh: (p) => `被截断：文件头声明 ${p.declared} 字节，文件只有 ${p.actual} 字节；缺少最后的若干图形`,
  }),
  'shp.dbfMismatch': def({
    example: { shapes: 3, records: 2 },
    en: (p) => `has ${p.shapes} shapes but its .dbf has ${p.records} records, so attributes cannot be matched to shapes`,
    zh: (p) => `有 ${p.shapes} 个图形，但其 .dbf 有 ${p.records} 条记录，属性无法与图形对应`,
  }),
  'shp.unreadable': def({ example: {}, en: () => 'could not be read as a shapefile', zh: () => '无法作为 shapefile 读取' }),
  'shapefile.invalid': def<Open<{ detail: string }>>({
    example: { detail: 'shp.truncated', declared: 2000, actual: 1500 },
    en: (p) => say(p.detail, p, 'en'),
    zh: (p) => say(p.detail, p, 'zh'),
    hintEn: () => 'Export the layer again from the GIS (all of .shp, .dbf, .prj, .cpg), or send it as GeoJSON.',
    hintZh: () => '请从 GIS 软件重新导出该图层（.shp、.dbf、.prj、.cpg 全部文件），或改用 GeoJSON。',
  }),
  'prj.notWkt': def({ example: {}, en: () => 'has a .prj that is not a coordinate-system definition (WKT)', zh: () => '所附的 .prj 不是坐标系定义（WKT）' }),
  'prj.oldDatum': def({
    example: {},
    en: () => 'is in an old Chinese datum (Beijing 1954 or Xian 1980), which needs a seven-parameter transformation with local parameters to reach CGCS2000',
    zh: () => '采用旧的国家大地基准（北京 1954 或西安 1980），需用当地参数做七参数转换才能转到 CGCS2000',
  }),
  'prj.unreadable': def({ example: {}, en: () => 'has a .prj that cannot be read', zh: () => '所附的 .prj 无法读取' }),
  'crs.prjRefused': def<Open<{ detail: string }>>({
    example: { detail: 'prj.oldDatum' },
    en: (p) => say(p.detail, p, 'en'),
    zh: (p) => say(p.detail, p, 'zh'),
    hintEn: () => IMPORT_REPROJECT_EN,
    hintZh: () => IMPORT_REPROJECT_ZH,
  }),
  'prj.uncommon': def({
    example: { name: 'GCS_ED_1950' },
    en: (p) => `is in ${p.name}, not one of the common systems; it was converted as proj4 reads its .prj`,
    zh: (p) => `采用 ${p.name}，不是常用坐标系；已按 proj4 对其 .prj 的解读转换`,
    hintEn: () => 'Compare the result with the source in a GIS; reproject to EPSG:4490 for exact results.',
    hintZh: () => '请在 GIS 中与源数据比对；如需精确结果，请转换到 EPSG:4490。',
  }),
  'geojson.invalidJson': def<Open<{ detail: string }>>({
    example: { detail: 'json.invalid' },
    en: (p) => say(p.detail, p, 'en'),
    zh: (p) => say(p.detail, p, 'zh'),
    hintEn: () => 'Export the layer again as GeoJSON, or check it in a JSON validator; a common cause is a file cut off while copying.',
    hintZh: () => '请重新导出为 GeoJSON，或用 JSON 校验工具检查；常见原因是复制时文件被截断。',
  }),
  'geojson.notCollection': def({
    example: {},
    en: () => 'is not a GeoJSON FeatureCollection or Feature',
    zh: () => '不是 GeoJSON FeatureCollection 或 Feature',
    hintEn: () => 'The file must be { "type": "FeatureCollection", "features": [ … ] }.',
    hintZh: () => '文件须为 { "type": "FeatureCollection", "features": [ … ] }。',
  }),
  'geojson.crsNoName': def({
    example: {},
    en: () => 'has a "crs" member without a name',
    zh: () => '"crs" 成员没有名称',
    hintEn: () => 'Write "crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::4490" } }, or remove it for longitude/latitude.',
    hintZh: () => '请写成 "crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::4490" } }；经纬度数据可去掉该成员。',
  }),
  'geojson.crsUnsupported': def({
    example: { crs: 'EPSG:9999' },
    en: (p) => `declares coordinate system ${p.crs}, which this app cannot convert`,
    zh: (p) => `声明的坐标系为 ${p.crs}，本应用无法转换`,
    hintEn: () => IMPORT_REPROJECT_EN,
    hintZh: () => IMPORT_REPROJECT_ZH,
  }),
  'import.nothing': def({
    example: {},
    en: () => 'contains no shapefile (.shp with its .dbf) and no GeoJSON',
    zh: () => '既没有 shapefile（.shp 及其 .dbf），也没有 GeoJSON',
    hintEn: () => 'Choose a .zip with .shp, .dbf, .prj and .cpg, all of them as separate files, or a .geojson.',
    hintZh: () => '请选择含 .shp、.dbf、.prj 和 .cpg 的 .zip，或同时选中这几个文件，或选择 .geojson。',
  }),
  'coords.swapped': def({
    example: { x: 30, y: 120 },
    en: (p) => `has coordinates like (${p.x}, ${p.y}): a latitude beyond ±90, so the axes look swapped ([latitude, longitude] instead of [longitude, latitude])`,
    zh: (p) => `坐标形如 (${p.x}, ${p.y})：纬度超出 ±90，坐标轴似乎写反了（写成了 [纬度, 经度]，应为 [经度, 纬度]）`,
    hintEn: () => 'GeoJSON writes [longitude, latitude]: swap the columns when exporting (e.g. in QGIS, set X field = longitude, Y field = latitude), or remove a wrong "crs" axis order.',
    hintZh: () => 'GeoJSON 按 [经度, 纬度] 书写：请在导出时交换两列（例如在 QGIS 中设 X 字段 = 经度、Y 字段 = 纬度），或去掉错误的 "crs" 轴顺序。',
  }),
  'crs.misfit': def({
    example: { declared: 'urn:ogc:def:crs:EPSG::4549', code: 'EPSG:4549', name: 'CGCS2000 / 3-degree Gauss-Kruger CM 120E', x: 120.01, y: 30.01, projected: 0, likely: '' },
    en: (p) => `${p.declared ? `declares ${p.declared} (${p.name})` : `was given as ${p.code} (${p.name})`}, but has coordinates like (${p.x}, ${p.y}) that do not fit that system`,
    zh: (p) => `${p.declared ? `声明的坐标系为 ${p.declared}（${p.name}）` : `被指定为 ${p.code}（${p.name}）`}，但其坐标形如 (${p.x}, ${p.y})，与该坐标系不符`,
    hintEn: (p) => { const likely = p.projected ? p.likely : 'EPSG:4490 or EPSG:4326 (longitude/latitude)'; return `Check which system the data is really in${likely ? ` (likely ${likely})` : ''} and correct the .prj or the "crs" member.`; },
    hintZh: (p) => { const likely = p.projected ? p.likely : 'EPSG:4490 或 EPSG:4326（经纬度）'; return `请核实数据实际所用的坐标系${likely ? `（可能是 ${likely}）` : ''}，并改正 .prj 或 "crs" 成员。`; },
  }),
  'crs.converted': def({
    example: { code: 'EPSG:4549', name: 'CGCS2000 / 3-degree Gauss-Kruger CM 120E' },
    en: (p) => `was converted from ${p.code} (${p.name}) to longitude/latitude`,
    zh: (p) => `已从 ${p.code}（${p.name}）转换为经纬度`,
    hintEn: () => 'Nothing to do; areas are computed on the CGCS2000/GRS80 ellipsoid either way.',
    hintZh: () => '无需处理；两种情况下面积都在 CGCS2000/GRS80 椭球面上计算。',
  }),
});
