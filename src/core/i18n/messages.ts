/**
 * Every message the core gives users, in English and Chinese, from one catalog: loader errors and
 * warnings (DataIssue message + hint), reasons of missing inputs (MissingInput.reason) and the
 * report's warnings. The core builds a message with `message(code, params)`, which keeps the code
 * and params beside the English text; a display renders it in either language with
 * `localizeIssue`, `localizeReason` or `localizeWarning`.
 *
 * Params are data (file names, numbers, attribute names, class labels), inserted as they are in
 * both languages. A message made of another one (a JSON error inside "manifest.json is not valid
 * JSON", a position problem inside a ring problem) carries the inner code as the param `detail`
 * (or `position`) and the inner params beside it.
 */
import type { DataIssue, MissingInput } from '../data/dataset.ts';
import type { Lang } from '../format/format-number.ts';

/** Parameters of a message: data inserted into the text as it is. */
export type Params = Readonly<Record<string, string | number>>;

/** One message of the catalog: its text and (for issues) its hint in both languages. */
export interface MessageDef<P extends Params> {
  readonly en: (p: P) => string;
  readonly zh: (p: P) => string;
  readonly hintEn?: (p: P) => string;
  readonly hintZh?: (p: P) => string;
  /** Sample params: documentation, and what the tests render every message with. */
  readonly example: P;
}

/** Params of a message that holds another one: the inner code (`detail`) and its params beside it. */
type Open<P> = P & { readonly [key: string]: string | number };

const def = <P extends Params>(d: MessageDef<P>): MessageDef<P> => d;

// ---------------------------------------------------------------------------------------------
// Pieces shared by several messages

/** The text of a message of the catalog (no hint), e.g. the inner message named by `detail`. */
function say(code: string | number | undefined, p: Params, lang: Lang): string {
  const d = typeof code === 'string' ? entry(code) : undefined;
  return d ? d[lang](p) : String(code);
}

const s = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

/** `polygon` / `part 2`, and the ring: `polygon outer ring`, `part 2 hole 1`. */
const partEn = (p: Params) => (p.part ? `part ${p.part}` : 'polygon');
const partZh = (p: Params) => (p.part ? `第 ${p.part} 部分` : '多边形');
const ringEn = (p: Params) => `${partEn(p)}${p.hole ? ` hole ${p.hole}` : ' outer ring'}`;
const ringZh = (p: Params) => `${partZh(p)}${p.hole ? `第 ${p.hole} 个内环` : '外环'}`;

const REPROJECT_HINT_EN = 'Coordinates must be longitude/latitude in degrees (WGS84 or CGCS2000, EPSG:4326/4490). '
  + 'Data in metres (e.g. CGCS2000 Gauss-Krüger, EPSG:4549) must be reprojected first, e.g. in QGIS: Export → Save Features As… → CRS EPSG:4490.';
const REPROJECT_HINT_ZH = '坐标须为以度为单位的经纬度（WGS84 或 CGCS2000，EPSG:4326/4490）。'
  + '以米为单位的数据（如 CGCS2000 高斯-克吕格投影，EPSG:4549）须先转换坐标系，例如在 QGIS 中：导出 → 要素另存为… → 坐标系 EPSG:4490。';
const RANGE_HINT_EN = 'Longitude must be within −180…180 and latitude within −90…90; GeoJSON writes [longitude, latitude], so check for swapped or mistyped values.';
const RANGE_HINT_ZH = '经度须在 −180…180、纬度须在 −90…90 之间；GeoJSON 按 [经度, 纬度] 书写，请检查是否写反或录错。';

/** The hint for a bad position: reproject (projected), check the range (swapped, out of range), or `other`. */
function positionHint(position: string | number | undefined, lang: Lang, other: string): string {
  if (position === 'position.projected') return lang === 'en' ? REPROJECT_HINT_EN : REPROJECT_HINT_ZH;
  if (position === 'position.swapped' || position === 'position.outOfRange') return lang === 'en' ? RANGE_HINT_EN : RANGE_HINT_ZH;
  return other;
}

const IMPORT_REPROJECT_EN = 'Reproject it to EPSG:4490 or EPSG:4326, or to a CGCS2000 Gauss-Krüger zone (EPSG:4491–4554), e.g. in QGIS: Export → Save Features As… → CRS.';
const IMPORT_REPROJECT_ZH = '请将其转换到 EPSG:4490 或 EPSG:4326，或 CGCS2000 高斯-克吕格投影带（EPSG:4491–4554），例如在 QGIS 中：导出 → 要素另存为… → 坐标系。';

const FIX_GEOMETRY_EN = 'Fix it in the source for exact results, e.g. QGIS "Fix geometries" or PostGIS ST_MakeValid.';
const FIX_GEOMETRY_ZH = '如需精确结果，请在源数据中修复，例如用 QGIS 的“修复几何图形”或 PostGIS 的 ST_MakeValid。';

/** GEOS's validity reasons (as PostGIS's ST_IsValidReason gives them) in Chinese. */
const GEOS_REASON_ZH: Readonly<Record<string, string>> = {
  'Hole lies outside shell': '洞（内环）位于外环之外',
  'Holes are nested': '洞（内环）相互嵌套',
  'Interior is disconnected': '内部被洞分隔成不连通的几块',
  'Self-intersection': '自相交（边相互交叉或部分重叠）',
  'Ring Self-intersection': '环自相交（环在某个顶点处与自身接触）',
  'Nested shells': '多部件的外环相互嵌套',
  'Duplicate Rings': '有重复的环',
  'Too few distinct points in geometry component': '某部件的不同点太少',
  'Invalid Coordinate': '坐标无效',
  'Ring is not closed': '环未闭合',
};

const DATE_HINT_EN = 'Write dates as 2018-03-15, 2018/3/15, 2018.3.15 or 2018年3月15日 (or as Excel dates), with a month 1–12 and a day that exists in that month; with 年份 and 月份 columns, a year and a month 1–12.';
const DATE_HINT_ZH = '日期请写作 2018-03-15、2018/3/15、2018.3.15 或 2018年3月15日（也可用 Excel 日期），月份为 1–12，日须是该月实有的日子；用年份、月份两列时，写年份和 1–12 的月份。';

/** Which section a spreadsheet row names: `id W03, name 丰惠桥` ('' params are absent). */
const sectionEn = (id: string | number | undefined, name: string | number | undefined) =>
  [...(s(id) ? [`id ${s(id)}`] : []), ...(s(name) ? [`name ${s(name)}`] : [])].join(', ') || 'no id or name';
const sectionZh = (id: string | number | undefined, name: string | number | undefined) =>
  [...(s(id) ? [`编号 ${s(id)}`] : []), ...(s(name) ? [`名称 ${s(name)}`] : [])].join('，') || '无编号和名称';

/** Items given as indexed params (`row0`, `id0`, `row1`, …), in order. */
function items(p: Params, first: string): number[] {
  const out: number[] = [];
  for (let i = 0; p[`${first}${i}`] !== undefined; i++) out.push(i);
  return out;
}

/**
 * A sample problem: `sample 2 has no valid "date"` (`sample 2: …` when `colon`), or, with a `row`
 * param (a spreadsheet row), `row 6: has no valid "date"`.
 */
function sampleDef<P extends Params>(colon: boolean, example: Open<P>, en: (p: P) => string, zh: (p: P) => string, hintEn: (p: P) => string, hintZh: (p: P) => string): MessageDef<Open<P & { sample: number }>> {
  return {
    example: { sample: 1, ...example } as Open<P & { sample: number }>,
    en: (p) => (p.row !== undefined ? `row ${p.row}: ${en(p)}` : `sample ${p.sample}${colon ? ':' : ''} ${en(p)}`),
    zh: (p) => (p.row !== undefined ? `第 ${p.row} 行：${zh(p)}` : `第 ${p.sample} 个样品：${zh(p)}`),
    hintEn, hintZh,
  };
}

const TYPE_ZH: Readonly<Record<string, string>> = { list: '列表', boolean: '布尔值', object: '对象', bigint: '大整数', symbol: '符号', function: '函数', undefined: '未定义值' };

// ---------------------------------------------------------------------------------------------
// The catalog

/**
 * Every message by code (`area.what`): English and Chinese text, the hint for issues, and example
 * params. Messages without a hint are inner parts of others, reasons of missing inputs or report
 * warnings. English texts are the ones the core has always written, byte for byte.
 */
export const MESSAGES = {
  // JSON text (inner messages of manifest.invalidJson, statistics.invalidJson, geojson.invalidJson)
  'json.cutOff': def({ example: {}, en: () => 'is not valid JSON (it ends too early: is it cut off?)', zh: () => '不是有效的 JSON（文件提前结束：是否被截断？）' }),
  'json.errorAt': def({
    example: { what: 'expected double-quoted property name', line: 3, column: 1 },
    en: (p) => `is not valid JSON: ${p.what ? `${p.what} ` : 'error '}at line ${p.line}, column ${p.column}`,
    zh: (p) => `不是有效的 JSON：第 ${p.line} 行第 ${p.column} 列有错误${p.what ? `（${p.what}）` : ''}`,
  }),
  'json.invalid': def({ example: {}, en: () => 'is not valid JSON', zh: () => '不是有效的 JSON' }),

  // File paths in the manifest (inner messages)
  'path.empty': def({ example: {}, en: () => 'is an empty file name', zh: () => '是空的文件名' }),
  'path.absolute': def({
    example: {},
    en: () => 'is an absolute path or a URL; files must lie inside the dataset folder and be named relative to manifest.json',
    zh: () => '是绝对路径或网址；文件须位于数据集文件夹内，并用相对于 manifest.json 的路径命名',
  }),
  'path.outside': def({
    example: {},
    en: () => 'points outside the dataset folder (../); files must lie inside the folder of manifest.json',
    zh: () => '指向数据集文件夹之外（../）；文件须位于 manifest.json 所在的文件夹内',
  }),
  'path.noFile': def({ example: {}, en: () => 'names no file', zh: () => '没有指明文件' }),

  // Reading files
  'file.unreadable': def({
    example: { reason: 'EISDIR' },
    en: (p) => `could not be read${p.reason ? ` (${p.reason})` : ''}`,
    zh: (p) => `无法读取${p.reason ? `（${p.reason}）` : ''}`,
    hintEn: () => 'Check that the file exists, is a file (not a folder) and is readable.',
    hintZh: () => '请检查该文件是否存在、是文件（而非文件夹）且可以读取。',
  }),
  'sites.duplicate': def({
    example: { name: '选址 1' },
    en: (p) => `was imported before: this shape is the site "${p.name}", which is kept; it was not added again`,
    zh: (p) => `此前已导入：该图形即选址“${p.name}”，已保留原选址，未重复添加`,
    hintEn: () => 'To import it again, delete the existing site first; to compare versions, rename one of the files.',
    hintZh: () => '如需重新导入，请先删除原选址；如需比较不同版本，请确认文件内容确有不同。',
  }),
  'import.failed': def({
    example: { reason: 'out of memory' },
    en: (p) => `could not be imported (${p.reason})`,
    zh: (p) => `无法导入（${p.reason}）`,
    hintEn: () => 'Check the file, or send it as GeoJSON.',
    hintZh: () => '请检查该文件，或改用 GeoJSON 格式。',
  }),
  'text.tooLarge': def({
    example: { mb: 650 },
    en: (p) => `is ${p.mb} MB, more text than this program can hold at once (about 512 million characters; a GeoJSON layer of about two million parcels)`,
    zh: (p) => `大小为 ${p.mb} MB，超出本程序一次能容纳的文本（约 5.12 亿个字符，约相当于两百万个小班的 GeoJSON 图层）`,
    hintEn: () => 'Split the area into datasets of its own (e.g. one per city) and compute each; or run the statements of the PostGIS engine (src/cli/README.md) in the database itself.',
    hintZh: () => '请按较小范围（如每个地级市）分别建立数据集并逐一计算；或直接在数据库中运行 PostGIS 引擎的 SQL 语句（见 src/cli/README.md）。',
  }),
  'text.gbk': def({
    example: {},
    en: () => 'is not UTF-8; it was read as GBK (GB 18030), the encoding Chinese Windows software often saves in',
    zh: () => '不是 UTF-8 编码；已按 GBK（GB 18030）读取，中文 Windows 软件常以此编码保存',
    hintEn: () => 'Check that the Chinese text shows correctly; GeoJSON should be saved as UTF-8 (e.g. QGIS: Export → Save Features As… → Encoding UTF-8).',
    hintZh: () => '请检查中文是否显示正常；GeoJSON 应保存为 UTF-8（例如 QGIS：导出 → 要素另存为… → 编码 UTF-8）。',
  }),
  'text.bom': def({
    example: {},
    en: () => 'starts with a byte-order mark (BOM); it was ignored',
    zh: () => '以字节顺序标记（BOM）开头；已忽略',
    hintEn: () => 'Save the file as UTF-8 without BOM to avoid problems with other JSON readers.',
    hintZh: () => '请将文件保存为不带 BOM 的 UTF-8，以免其他 JSON 读取程序出错。',
  }),

  // manifest.json
  'manifest.notFound': def({
    example: {},
    en: () => 'was not found',
    zh: () => '未找到',
    hintEn: () => 'A dataset is a folder with manifest.json and GeoJSON files; see data/README.md.',
    hintZh: () => '数据集是一个含有 manifest.json 和 GeoJSON 文件的文件夹，见 data/README.md。',
  }),
  'manifest.invalidJson': def<Open<{ detail: string }>>({
    example: { detail: 'json.errorAt', what: 'unexpected token', line: 4, column: 2 },
    en: (p) => say(p.detail, p, 'en'),
    zh: (p) => say(p.detail, p, 'zh'),
    hintEn: () => 'Check the file in a JSON validator; a common cause is a trailing comma.',
    hintZh: () => '请用 JSON 校验工具检查该文件；常见原因是多了结尾的逗号。',
  }),
  'manifest.duplicateKeys': def<Open<{ count: number }>>({
    example: { count: 7, key0: 'boundary', line0: 4, key1: 'name', line1: 6 },
    en: (p) => `has keys written twice in the same object: ${items(p, 'key').map((i) => `"${s(p[`key${i}`])}" (line ${s(p[`line${i}`])})`).join(', ')}${p.count > 5 ? ` and ${p.count - 5} more` : ''}; only the last of each would count`,
    zh: (p) => `同一对象中有重复的键：${items(p, 'key').map((i) => `"${s(p[`key${i}`])}"（第 ${s(p[`line${i}`])} 行）`).join('、')}${p.count > 5 ? `等，另有 ${p.count - 5} 处` : ''}；每个键只有最后一处有效`,
    hintEn: () => 'Keep one entry per key, e.g. one line per layer in "layers".',
    hintZh: () => '每个键只保留一项，例如 "layers" 中每个图层只写一行。',
  }),
  'manifest.notObject': def({
    example: {},
    en: () => 'must be a JSON object',
    zh: () => '必须是一个 JSON 对象',
    hintEn: () => 'Write { "name": …, "layers": { "boundary": "boundary.geojson", … } }.',
    hintZh: () => '请写成 { "name": …, "layers": { "boundary": "boundary.geojson", … } }。',
  }),
  'manifest.noLayers': def({
    example: {},
    en: () => 'has no "layers" object',
    zh: () => '缺少 "layers" 对象',
    hintEn: () => 'Add "layers": { "boundary": "boundary.geojson", … } naming a file for each role.',
    hintZh: () => '请添加 "layers": { "boundary": "boundary.geojson", … }，为每个图层角色指定一个文件。',
  }),
  'manifest.badFilePath': def<Open<{ layer: string; detail: string }>>({
    example: { layer: 'redLines', detail: 'path.outside' },
    en: (p) => `the file of layer "${p.layer}" ${say(p.detail, p, 'en')}`,
    zh: (p) => `图层 "${p.layer}" 的文件名${say(p.detail, p, 'zh')}`,
    hintEn: () => 'Name the file relative to manifest.json, e.g. "red-lines.geojson" or "layers/red-lines.geojson".',
    hintZh: () => '请用相对于 manifest.json 的路径命名文件，例如 "red-lines.geojson" 或 "layers/red-lines.geojson"。',
  }),
  'manifest.badSamplesPath': def<Open<{ layer: string; detail: string }>>({
    example: { layer: 'sections', detail: 'path.empty' },
    en: (p) => `"samples" of layer "${p.layer}" ${say(p.detail, p, 'en')}`,
    zh: (p) => `图层 "${p.layer}" 的 "samples" ${say(p.detail, p, 'zh')}`,
    hintEn: () => 'Name the file relative to manifest.json, e.g. "red-lines.geojson" or "layers/red-lines.geojson".',
    hintZh: () => '请用相对于 manifest.json 的路径命名文件，例如 "red-lines.geojson" 或 "layers/red-lines.geojson"。',
  }),
  'manifest.reservedLayer': def({
    example: { name: '__proto__' },
    en: (p) => `names a layer "${p.name}", which is not allowed as a layer name`,
    zh: (p) => `列出的图层名 "${p.name}" 不能用作图层名`,
    hintEn: () => 'Use a role name such as "redLines", or a plain name for a context layer.',
    hintZh: () => '请使用 "redLines" 等图层角色名；仅作底图参考的图层可取普通名称。',
  }),
  'manifest.likelyRole': def({
    example: { name: 'redline', role: 'redLines' },
    en: (p) => `names a layer "${p.name}", which is not a role; "${p.role}" was probably meant. As written it would be drawn only and no indicator would count it`,
    zh: (p) => `列出的图层 "${p.name}" 不是图层角色，应该是想写 "${p.role}"。按现在的写法，该图层只会显示，不会计入任何指标`,
    hintEn: (p) => `Rename "${p.name}" to "${p.role}" in "layers". Roles are case-sensitive; see data/README.md.`,
    hintZh: (p) => `请在 "layers" 中把 "${p.name}" 改为 "${p.role}"。图层角色区分大小写，见 data/README.md。`,
  }),
  'manifest.unknownKey': def({
    example: { key: 'samples', layer: '', belongs: 'inLayer', target: 'sections' },
    en: (p) => `has a key "${p.key}" ${p.layer ? `in the layer "${p.layer}"` : 'at its top level'} that the loader does not read: it is ignored`,
    zh: (p) => `${p.layer ? `图层 "${p.layer}" 中` : '顶层'}有无法识别的键 "${p.key}"，已被忽略`,
    hintEn: (p) => p.belongs === 'inLayer' ? (p.target ? `"${p.key}" belongs inside the layer: "${p.target}": { "file": …, "${p.key}": … }.` : `"${p.key}" belongs inside a layer's entry in "layers": "<layer>": { "file": …, "${p.key}": … }.`)
      : p.belongs === 'inLayers' ? `A layer belongs inside "layers": "layers": { "${p.target}": … }.`
      : p.belongs === 'atTop' ? `"${p.key}" belongs at the top of the manifest, not inside a layer.`
      : p.belongs === 'meant' ? `Did you mean "${p.target}"? Keys are case-sensitive; see data/README.md.`
      : 'Remove it, or see data/README.md for the keys a manifest may hold.',
    hintZh: (p) => p.belongs === 'inLayer' ? (p.target ? `"${p.key}" 应写在图层内："${p.target}": { "file": …, "${p.key}": … }。` : `"${p.key}" 应写在 "layers" 的某个图层项内："<图层>": { "file": …, "${p.key}": … }。`)
      : p.belongs === 'inLayers' ? `图层应写在 "layers" 之内："layers": { "${p.target}": … }。`
      : p.belongs === 'atTop' ? `"${p.key}" 应写在 manifest 的顶层，而不是图层内。`
      : p.belongs === 'meant' ? `是否想写 "${p.target}"？键区分大小写，见 data/README.md。`
      : '请删除该键，或查看 data/README.md 中 manifest 可用的键。',
  }),
  'manifest.layerNoFile': def({
    example: { layer: 'parks' },
    en: (p) => `layer "${p.layer}" has no file name`,
    zh: (p) => `图层 "${p.layer}" 没有文件名`,
    hintEn: (p) => `Write "${p.layer}": "file.geojson" or "${p.layer}": { "file": "file.geojson", "fields": { … } }.`,
    hintZh: (p) => `请写成 "${p.layer}": "file.geojson" 或 "${p.layer}": { "file": "file.geojson", "fields": { … } }。`,
  }),
  'manifest.badTable': def({
    example: { layer: 'forestParcels', table: 'forest; drop', geometry: 'geom' },
    en: (p) => `layer "${p.layer}" names the table "${p.table}" (geometry column "${p.geometry}"), which is not a plain table name`,
    zh: (p) => `图层 "${p.layer}" 指定的表 "${p.table}"（几何列 "${p.geometry}"）不是规范的表名`,
    hintEn: () => 'Write "table": "schema.table" and "geometry": "geom", with letters, digits and underscores only.',
    hintZh: () => '请写成 "table": "schema.table"、"geometry": "geom"，只用字母、数字和下划线。',
  }),
  'manifest.badTiles': def({
    example: { layer: 'forestParcels' },
    en: (p) => `layer "${p.layer}" has "tiles" that is not a path template with {z}, {x} and {y}`,
    zh: (p) => `图层 "${p.layer}" 的 "tiles" 不是含 {z}、{x}、{y} 的路径模板`,
    hintEn: (p) => `Write "${p.layer}": { "tiles": "tiles/${p.layer}/{z}/{x}/{y}.pbf", "minzoom": 5, "maxzoom": 12 }, as npm run tiles prints it.`,
    hintZh: (p) => `请写成 "${p.layer}": { "tiles": "tiles/${p.layer}/{z}/{x}/{y}.pbf", "minzoom": 5, "maxzoom": 12 }，即 npm run tiles 输出的写法。`,
  }),
  'manifest.badTileZooms': def({
    example: { layer: 'forestParcels', minzoom: '12', maxzoom: '5' },
    en: (p) => `layer "${p.layer}" has tile zooms ${p.minzoom}–${p.maxzoom}, which are not whole numbers 0–24 with minzoom ≤ maxzoom`,
    zh: (p) => `图层 "${p.layer}" 的瓦片级别 ${p.minzoom}–${p.maxzoom} 不是 0–24 的整数，或 minzoom 大于 maxzoom`,
    hintEn: () => 'Give the zooms the tiles were cut at (npm run tiles prints them), e.g. "minzoom": 5, "maxzoom": 12.',
    hintZh: () => '请填写切瓦片时的级别（npm run tiles 会输出），例如 "minzoom": 5, "maxzoom": 12。',
  }),
  'manifest.badTileBounds': def({
    example: { layer: 'forestParcels' },
    en: (p) => `layer "${p.layer}" has "bounds" that are not [west, south, east, north] in degrees`,
    zh: (p) => `图层 "${p.layer}" 的 "bounds" 不是以度为单位的 [西, 南, 东, 北]`,
    hintEn: () => 'Write "bounds": [118.0, 27.0, 123.0, 31.2], or leave it out.',
    hintZh: () => '请写成 "bounds": [118.0, 27.0, 123.0, 31.2]，或不写。',
  }),
  'manifest.databaseNotUrl': def({
    example: {},
    en: () => '"database" must be a postgres:// URL',
    zh: () => '"database" 必须是 postgres:// 形式的地址',
    hintEn: () => 'e.g. "database": "postgres://gis.example/shangyu"; or leave it out and pass --db to the CLI.',
    hintZh: () => '例如 "database": "postgres://gis.example/shangyu"；或不写，在命令行用 --db 指定。',
  }),
  'manifest.databasePassword': def({
    example: {},
    en: () => '"database" contains a password, which must never be written in the manifest',
    zh: () => '"database" 中含有密码，密码绝不能写在清单文件里',
    hintEn: () => 'Remove the password from the URL and give it through PGPASSWORD or ~/.pgpass.',
    hintZh: () => '请从地址中删去密码，改用 PGPASSWORD 环境变量或 ~/.pgpass 提供。',
  }),
  'layer.inDatabase': def({
    example: { table: 'public.forest' },
    en: (p) => `is the database table ${p.table}, which cannot be read here`,
    zh: (p) => `是数据库表 ${p.table}，此处无法读取`,
    hintEn: () => 'Compute with the CLI and a database: npm run indicators -- --db postgres://host/database; or export the table to GeoJSON (ogr2ogr) for the app.',
    hintZh: () => '请用命令行连接数据库计算：npm run indicators -- --db postgres://主机/数据库；或把该表导出为 GeoJSON（ogr2ogr）供本应用使用。',
  }),
  'manifest.samplesNotSections': def({
    example: { layer: 'parks' },
    en: (p) => `layer "${p.layer}" has "samples", which only the "sections" layer takes`,
    zh: (p) => `图层 "${p.layer}" 带有 "samples"，只有 "sections" 图层才能带`,
    hintEn: () => 'Move "samples" to the sections layer.',
    hintZh: () => '请把 "samples" 移到 sections 图层。',
  }),
  'manifest.samplesNotString': def({
    example: {},
    en: () => 'layer "sections": "samples" must name a spreadsheet (.xlsx or .csv)',
    zh: () => '图层 "sections"："samples" 必须是一个表格文件名（.xlsx 或 .csv）',
    hintEn: () => 'e.g. "samples": "monitoring-2018.xlsx"',
    hintZh: () => '例如 "samples": "monitoring-2018.xlsx"',
  }),
  'manifest.fieldsNotObject': def({
    example: { layer: 'forestParcels' },
    en: (p) => `layer "${p.layer}": "fields" must be an object`,
    zh: (p) => `图层 "${p.layer}"："fields" 必须是一个对象`,
    hintEn: () => 'Map canonical names to source attribute names, e.g. { "landClass": "地类" }.',
    hintZh: () => '请把标准名称对应到源数据的属性名，例如 { "landClass": "地类" }。',
  }),
  'manifest.reservedField': def({
    example: { layer: 'urbanAreas', field: 'constructor' },
    en: (p) => `layer "${p.layer}": "${p.field}" cannot be mapped`,
    zh: (p) => `图层 "${p.layer}"："${p.field}" 不能用于字段对应`,
    hintEn: () => 'Map canonical names such as "name", "landClass" or "population".',
    hintZh: () => '请对应 "name"、"landClass" 或 "population" 等标准名称。',
  }),
  'manifest.fieldNotString': def({
    example: { layer: 'urbanAreas', field: 'population' },
    en: (p) => `layer "${p.layer}": field "${p.field}" must name a source attribute (a string)`,
    zh: (p) => `图层 "${p.layer}"：字段 "${p.field}" 必须写源数据的属性名（字符串）`,
    hintEn: () => 'e.g. "fields": { "id": "小班号" }',
    hintZh: () => '例如 "fields": { "id": "小班号" }',
  }),
  'manifest.noBoundary': def({
    example: {},
    en: () => 'names no "boundary" layer',
    zh: () => '没有列出 "boundary" 图层',
    hintEn: () => 'Every dataset needs the district boundary: add "boundary": "boundary.geojson" to "layers".',
    hintZh: () => '每个数据集都需要辖区边界：请在 "layers" 中添加 "boundary": "boundary.geojson"。',
  }),
  'manifest.protectedRolesNotList': def({
    example: {},
    en: () => '"protectedRoles" must be a list of role names',
    zh: () => '"protectedRoles" 必须是图层角色名的列表',
    hintEn: () => 'e.g. ["protectedAreas", "redLines"]',
    hintZh: () => '例如 ["protectedAreas", "redLines"]',
  }),
  'manifest.protectedRoleInvalid': def({
    example: { role: 'sections' },
    en: (p) => `"protectedRoles" names "${p.role}", which is not a polygon role`,
    zh: (p) => `"protectedRoles" 中的 "${p.role}" 不是面图层角色`,
    hintEn: () => 'Use roles such as "protectedAreas" and "redLines".',
    hintZh: () => '请使用 "protectedAreas"、"redLines" 等图层角色。',
  }),
  'manifest.targetsNotObject': def({
    example: {},
    en: () => '"targets" must be an object',
    zh: () => '"targets" 必须是一个对象',
    hintEn: () => 'e.g. "targets": { "forestCoverage": 40 }',
    hintZh: () => '例如 "targets": { "forestCoverage": 40 }',
  }),
  'manifest.reservedTarget': def({
    example: { id: 'constructor' },
    en: (p) => `"targets" names "${p.id}", which is not an indicator`,
    zh: (p) => `"targets" 中的 "${p.id}" 不是指标`,
    hintEn: () => 'Use indicator ids such as "forestCoverage".',
    hintZh: () => '请使用 "forestCoverage" 等指标编号。',
  }),
  'manifest.targetNotNumber': def({
    example: { id: 'forestCoverage' },
    en: (p) => `target "${p.id}" must be a number`,
    zh: (p) => `目标值 "${p.id}" 必须是数字`,
    hintEn: (p) => `e.g. "targets": { "${p.id}": 40 }`,
    hintZh: (p) => `例如 "targets": { "${p.id}": 40 }`,
  }),
  'manifest.statisticsNotString': def({
    example: {},
    en: () => '"statistics" must be a file name',
    zh: () => '"statistics" 必须是文件名',
    hintEn: () => 'e.g. "statistics": "statistics.json"',
    hintZh: () => '例如 "statistics": "statistics.json"',
  }),
  'manifest.badStatisticsPath': def<Open<{ detail: string }>>({
    example: { detail: 'path.absolute' },
    en: (p) => `"statistics" ${say(p.detail, p, 'en')}`,
    zh: (p) => `"statistics" ${say(p.detail, p, 'zh')}`,
    hintEn: () => 'Name the file relative to manifest.json, e.g. "statistics.json".',
    hintZh: () => '请用相对于 manifest.json 的路径命名文件，例如 "statistics.json"。',
  }),
  'manifest.nameNotString': def({
    example: {},
    en: () => '"name" must be a string',
    zh: () => '"name" 必须是字符串',
    hintEn: () => 'e.g. "name": "上虞区"',
    hintZh: () => '例如 "name": "上虞区"',
  }),
  'manifest.yearNotInteger': def({
    example: {},
    en: () => '"year" must be a whole number',
    zh: () => '"year" 必须是整数',
    hintEn: () => 'e.g. "year": 2018',
    hintZh: () => '例如 "year": 2018',
  }),
  'manifest.yearsNotObject': def({
    example: {},
    en: () => '"years" must be an object of year → manifest path',
    zh: () => '"years" 必须是“年份 → 清单文件路径”的对象',
    hintEn: () => 'e.g. "years": { "2016": "2016/manifest.json", "2018": "manifest.json" }',
    hintZh: () => '例如 "years": { "2016": "2016/manifest.json", "2018": "manifest.json" }',
  }),
  'manifest.yearsBadYear': def({
    example: { year: '16' },
    en: (p) => `"years" has "${p.year}", which is not a four-digit year`,
    zh: (p) => `"years" 中的 "${p.year}" 不是四位数年份`,
    hintEn: () => 'Use the year as the key, e.g. "2016".',
    hintZh: () => '请以年份为键，例如 "2016"。',
  }),
  'manifest.yearsBadPath': def<Open<{ year: string; detail: string }>>({
    example: { year: '2016', detail: 'path.outside' },
    en: (p) => `"years" "${p.year}": the manifest path ${say(p.detail, p, 'en')}`,
    zh: (p) => `"years" "${p.year}"：清单文件路径${say(p.detail, p, 'zh')}`,
    hintEn: () => 'Name that year\'s manifest relative to this one, inside the dataset folder, e.g. "2016/manifest.json".',
    hintZh: () => '请用相对于本清单、位于数据集文件夹内的路径指明该年份的清单，例如 "2016/manifest.json"。',
  }),

  // The statistics file
  'statistics.invalidJson': def<Open<{ detail: string }>>({
    example: { detail: 'json.cutOff' },
    en: (p) => say(p.detail, p, 'en'),
    zh: (p) => say(p.detail, p, 'zh'),
    hintEn: () => 'Check the file in a JSON validator.',
    hintZh: () => '请用 JSON 校验工具检查该文件。',
  }),
  'statistics.noValues': def({
    example: {},
    en: () => 'has no "values" object',
    zh: () => '缺少 "values" 对象',
    hintEn: () => 'Write { "values": { "goodAirDays": { "value": 86.3, "unit": "%", "year": 2018, "source": "…" } } }.',
    hintZh: () => '请写成 { "values": { "goodAirDays": { "value": 86.3, "unit": "%", "year": 2018, "source": "…" } } }。',
  }),
  'statistics.reservedId': def({
    example: { id: '__proto__' },
    en: (p) => `names a value "${p.id}", which is not an indicator`,
    zh: (p) => `列出的数值 "${p.id}" 不是指标`,
    hintEn: () => 'Use indicator ids such as "goodAirDays" (see data/README.md).',
    hintZh: () => '请使用 "goodAirDays" 等指标编号（见 data/README.md）。',
  }),
  'statistics.noValue': def({
    example: { id: 'goodAirDays' },
    en: (p) => `"${p.id}" has no value`,
    zh: (p) => `"${p.id}" 没有数值`,
    hintEn: (p) => `Write "${p.id}": { "value": 85, "unit": "%", "year": 2018, "source": "…" } (null when not available).`,
    hintZh: (p) => `请写成 "${p.id}": { "value": 85, "unit": "%", "year": 2018, "source": "…" }（无数据时 value 写 null）。`,
  }),
  'statistics.notFound': def({
    example: {},
    en: () => 'was not found; reported indicators are shown as not available',
    zh: () => '未找到；填报类指标显示为无数据',
    hintEn: () => 'Put the statistics file beside manifest.json.',
    hintZh: () => '请把统计文件放在 manifest.json 所在的文件夹。',
  }),

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

  // Attributes
  'property.missing': def({
    example: { key: 'landClass' },
    en: (p) => `has no "${p.key}" property`,
    zh: (p) => `缺少 "${p.key}" 属性`,
    hintEn: (p) => `Add "${p.key}" to the feature, or map it to the source's attribute in manifest.json: "fields": { "${p.key}": "…" }.`,
    hintZh: (p) => `请为要素补充 "${p.key}"，或在 manifest.json 中把它对应到源数据的属性："fields": { "${p.key}": "…" }。`,
  }),
  'property.mappedEmpty': def({
    example: { key: 'landClass', attribute: '地类' },
    en: (p) => `has no value in attribute "${p.attribute}" (mapped to "${p.key}")`,
    zh: (p) => `属性 "${p.attribute}"（对应 "${p.key}"）没有值`,
    hintEn: (p) => `Fill in "${p.attribute}", or map "${p.key}" to another attribute in manifest.json.`,
    hintZh: (p) => `请填写 "${p.attribute}"，或在 manifest.json 中把 "${p.key}" 对应到其他属性。`,
  }),
  'property.population': def({
    example: { value: '"many"' },
    en: (p) => `"population" is ${p.value}, not a number of people`,
    zh: (p) => `"population" 为 ${p.value}，不是人口数`,
    hintEn: () => 'Give the resident population as a whole number ≥ 0.',
    hintZh: () => '请以不小于 0 的整数填写常住人口。',
  }),
  'property.landClass': def({
    example: { landClass: '果园', classes: '乔木林地, 竹林地, 特殊灌木林地' },
    en: (p) => `land class "${p.landClass}" is not one of the forest-inventory classes`,
    zh: (p) => `地类 "${p.landClass}" 不是森林资源调查的地类`,
    hintEn: (p) => `Use one of: ${p.classes}.`,
    hintZh: (p) => `请使用以下地类之一：${p.classes}。`,
  }),
  'property.category': def({
    example: { category: '公园', categories: '自然保护区, 风景名胜区' },
    en: (p) => `category "${p.category}" is not a known protected-area category; it still counts as protected`,
    zh: (p) => `类型 "${p.category}" 不是已知的自然保护地类型；仍计为保护地`,
    hintEn: (p) => `Known categories: ${p.categories}.`,
    hintZh: (p) => `已知类型：${p.categories}。`,
  }),
  'property.zoneTargetClass': def({
    example: { value: 'Ⅶ' },
    en: (p) => `targetClass "${p.value}" is not a water class`,
    zh: (p) => `targetClass "${p.value}" 不是水质类别`,
    hintEn: () => 'Write I, II, III, IV, V or 劣V (Ⅰ…Ⅴ and 1…6 are accepted too).',
    hintZh: () => '请写 I、II、III、IV、V 或 劣V（也可写 Ⅰ…Ⅴ 或 1…6）。',
  }),
  'section.level': def({
    example: { level: '区控', levels: '国控, 省控, 市控, 县控' },
    en: (p) => `level "${p.level}" is not a monitoring level`,
    zh: (p) => `level "${p.level}" 不是监测级别`,
    hintEn: (p) => `Use one of: ${p.levels}.`,
    hintZh: (p) => `请使用以下级别之一：${p.levels}。`,
  }),
  'section.waterBody': def({
    example: { value: 'sea' },
    en: (p) => `waterBody "${p.value}" is not river, lake or reservoir`,
    zh: (p) => `waterBody "${p.value}" 不是 river（河流）、lake（湖泊）或 reservoir（水库）`,
    hintEn: () => 'Write "river" (default), "lake" or "reservoir".',
    hintZh: () => '请写 "river"（默认）、"lake" 或 "reservoir"。',
  }),
  'section.targetClass': def({
    example: { value: 'x' },
    en: (p) => `targetClass "${p.value}" is not a water class`,
    zh: (p) => `targetClass "${p.value}" 不是水质类别`,
    hintEn: () => 'Write I, II, III, IV, V or 劣V, or leave it out to take the target of the water-function zone.',
    hintZh: () => '请写 I、II、III、IV、V 或 劣V；不填则采用所在水环境功能区的目标。',
  }),
  'section.drinkingWater': def({
    example: { value: '"yes"' },
    en: (p) => `drinkingWaterSource is ${p.value}, not true or false`,
    zh: (p) => `drinkingWaterSource 为 ${p.value}，不是 true 或 false`,
    hintEn: () => 'Write true or false without quotes.',
    hintZh: () => '请写不带引号的 true 或 false。',
  }),
  'section.class': def({
    example: { value: 'Z' },
    en: (p) => `class "${p.value}" is not a water class`,
    zh: (p) => `class "${p.value}" 不是水质类别`,
    hintEn: () => 'Write I, II, III, IV, V or 劣V.',
    hintZh: () => '请写 I、II、III、IV、V 或 劣V。',
  }),
  'section.noData': def({
    example: {},
    en: () => 'has neither "samples" nor "class"',
    zh: () => '既没有 "samples" 也没有 "class"',
    hintEn: () => 'Give the monitoring samples ("samples": [{ "date": …, "DO": …, … }]) or the assessed class ("class": "III").',
    hintZh: () => '请给出监测样品（"samples": [{ "date": …, "DO": …, … }]）或评价类别（"class": "III"）。',
  }),

  // Samples of a section (with a `row` param: the row of a monitoring spreadsheet)
  'samples.notList': def({
    example: {},
    en: () => '"samples" is not a list',
    zh: () => '"samples" 不是列表',
    hintEn: () => 'Write "samples": [{ "date": "2018-01-15", "DO": 7.1, "NH3N": 0.4, … }].',
    hintZh: () => '请写成 "samples": [{ "date": "2018-01-15", "DO": 7.1, "NH3N": 0.4, … }]。',
  }),
  'sample.notObject': sampleDef(false, {}, () => 'is not an object', () => '不是对象',
    () => 'Each sample is { "date": "YYYY-MM-DD", parameter: value, … }.', () => '每个样品为 { "date": "YYYY-MM-DD", 项目: 数值, … }。'),
  'sample.noDate': sampleDef(false, {}, () => 'has no valid "date"', () => '缺少有效的 "date"',
    () => 'Give the sampling date as "YYYY-MM-DD".', () => '请以 "YYYY-MM-DD" 格式填写采样日期。'),
  'sample.unrealDate': sampleDef(false, { date: '2018-02-30' }, (p) => `has the date ${p.date}, which is not a real date`, (p) => `日期 ${p.date} 不存在`,
    () => 'Correct the month (01–12) or the day of the month.', () => '请改正月份（01–12）或日。'),
  'sample.invalidValue': sampleDef<{ detail: string }>(true, { detail: 'value.negative', key: 'NH3N', raw: '-0.2' }, (p) => say(p.detail, p, 'en'), (p) => say(p.detail, p, 'zh'),
    () => 'Give values as numbers in mg/L (pH without unit), below the detection limit as "0.05L", "<0.05" or "ND(0.05)"; leave the key out when not measured.',
    () => '请以 mg/L 为单位填写数值（pH 无单位），低于检出限的写作 "0.05L"、"<0.05" 或 "ND(0.05)"；未监测的项目不要填写。'),
  'sample.unknownLimit': sampleDef(true, { key: 'Cu' },
    (p) => `${p.key} is written "not detected" without a detection limit, and no standard method limit is known for it; the value is left out`,
    (p) => `${p.key} 写作“未检出”但没有给出检出限，也没有已知的标准方法检出限；该值不参与评价`,
    () => `Write the laboratory's detection limit, e.g. "0.02L" or "ND(0.02)".`, () => '请写出实验室的检出限，例如 "0.02L" 或 "ND(0.02)"。'),
  'samples.unknownParameters': def<Open<{ keys: string; known: string }>>({
    example: { keys: '叶绿素', known: 'pH, DO, CODMn' },
    en: (p) => `${p.row !== undefined ? `row ${p.row}: ` : ''}samples have parameters the GB 3838 evaluation does not know: ${p.keys}; they are ignored`,
    zh: (p) => `${p.row !== undefined ? `第 ${p.row} 行：` : ''}样品中有 GB 3838 评价不认识的项目：${p.keys}；已忽略`,
    hintEn: (p) => `Known keys: ${p.known}.`,
    hintZh: (p) => `可识别的键：${p.known}。`,
  }),

  // Sample values (inner messages of sample.invalidValue; MeasurementIssue messages)
  'value.notFinite': def({ example: { key: 'DO' }, en: (p) => `${p.key} is not a finite number`, zh: (p) => `${p.key} 不是有限的数值` }),
  'value.phRange': def({ example: { value: 15 }, en: (p) => `pH ${p.value} is outside 0–14`, zh: (p) => `pH ${p.value} 超出 0–14` }),
  'value.negative': def({ example: { key: 'NH3N', raw: '-0.2' }, en: (p) => `${p.key} is negative (${p.raw})`, zh: (p) => `${p.key} 为负值（${p.raw}）` }),
  'value.badLimit': def({ example: { key: 'TP', raw: '0L' }, en: (p) => `${p.key}: detection limit in "${p.raw}" is not above 0`, zh: (p) => `${p.key}："${p.raw}" 中的检出限不大于 0` }),
  'value.wrongType': def({ example: { key: 'DO', type: 'list' }, en: (p) => `${p.key} is a ${p.type}, not a number`, zh: (p) => `${p.key} 是${TYPE_ZH[p.type] ?? p.type}，不是数值` }),
  'value.notNumber': def({ example: { key: 'DO', raw: 'abc' }, en: (p) => `${p.key} "${p.raw}" is not a number`, zh: (p) => `${p.key} "${p.raw}" 不是数值` }),
  'value.unknownLimit': def({
    example: { key: 'NH3N' },
    en: (p) => `${p.key} is below the detection limit, which is not given and not known for this key; left out (write e.g. "0.02L")`,
    zh: (p) => `${p.key} 低于检出限，但没有给出检出限，该项目也没有已知的检出限；已略去（请写成如 "0.02L"）`,
  }),

  // Monitoring spreadsheets
  'table.empty': def({
    example: {},
    en: () => 'The file is empty',
    zh: () => '文件为空',
    hintEn: () => 'Load the spreadsheet that holds the monitoring results.',
    hintZh: () => '请加载存有监测结果的表格。',
  }),
  'table.xls': def({
    example: {},
    en: () => 'This is an old-style Excel .xls workbook (or a password-protected one), which cannot be read',
    zh: () => '这是旧版 Excel .xls 工作簿（或设了密码的工作簿），无法读取',
    hintEn: () => 'Open it in Excel or WPS, remove any password and save it as .xlsx (Excel workbook) or .csv.',
    hintZh: () => '请在 Excel 或 WPS 中打开，去掉密码后另存为 .xlsx（Excel 工作簿）或 .csv。',
  }),
  'table.badXlsx': def({
    example: { reason: 'INVALID_ZIP' },
    en: (p) => `Could not read this file as an .xlsx workbook${p.reason ? ` (${p.reason})` : ''}`,
    zh: (p) => `无法按 .xlsx 工作簿读取该文件${p.reason ? `（${p.reason}）` : ''}`,
    hintEn: () => 'Open it in Excel or WPS and save it again as .xlsx (Excel workbook), or as .csv.',
    hintZh: () => '请在 Excel 或 WPS 中打开，重新另存为 .xlsx（Excel 工作簿）或 .csv。',
  }),
  'table.notWorkbook': def({
    example: { ext: 'xlsx' },
    en: (p) => `This file is named .${p.ext} but is not an Excel workbook`,
    zh: (p) => `该文件扩展名为 .${p.ext}，但不是 Excel 工作簿`,
    hintEn: () => 'Open it in Excel or WPS and save it as .xlsx (Excel workbook) or .csv.',
    hintZh: () => '请在 Excel 或 WPS 中打开，另存为 .xlsx（Excel 工作簿）或 .csv。',
  }),
  'table.unsupportedType': def({
    example: { ext: 'pdf' },
    en: (p) => `Files of type .${p.ext || '(none)'} cannot be read as monitoring results`,
    zh: (p) => `${p.ext ? `.${p.ext} 类型的文件` : '没有扩展名的文件'}不能作为监测结果读取`,
    hintEn: () => 'Save the spreadsheet as .xlsx (Excel workbook) or .csv.',
    hintZh: () => '请把表格另存为 .xlsx（Excel 工作簿）或 .csv。',
  }),
  'table.unreadable': def({
    example: { name: 'TypeError' },
    en: (p) => `Could not read this file (${p.name})`,
    zh: (p) => `无法读取该文件（${p.name}）`,
    hintEn: () => 'Save the spreadsheet again as .xlsx or as CSV (UTF-8) and load that file.',
    hintZh: () => '请把表格重新另存为 .xlsx 或 CSV（UTF-8）后再加载。',
  }),
  'table.binary': def({
    example: {},
    en: () => 'This file is not a text (CSV) file: it holds binary data',
    zh: () => '该文件不是文本（CSV）文件：其中含有二进制数据',
    hintEn: () => 'Save the spreadsheet as .xlsx or as CSV (UTF-8) and load that file.',
    hintZh: () => '请把表格另存为 .xlsx 或 CSV（UTF-8）后再加载。',
  }),
  'table.unmatchedQuote': def({
    example: { row: 2 },
    en: (p) => `Row ${p.row} has an unmatched double quote ("); the rows after it may be misread`,
    zh: (p) => `第 ${p.row} 行有不成对的双引号（"）；其后的行可能读错`,
    hintEn: () => 'A field holding a comma or a line break must be wrapped in a pair of double quotes; check the quotes in that row.',
    hintZh: () => '含有逗号或换行的字段须用一对双引号括起；请检查该行的引号。',
  }),
  'table.duplicateColumn': def({
    example: { first: '氨氮', second: 'NH3-N', slot: 'NH3N' },
    en: (p) => `Columns "${p.first}" and "${p.second}" both hold ${p.slot}; only the first is read`,
    zh: (p) => `列 "${p.first}" 和 "${p.second}" 都是 ${p.slot}；只读取第一列`,
    hintEn: () => 'Delete or rename the duplicate column.',
    hintZh: () => '请删除或重命名重复的列。',
  }),
  'table.unitMismatch': def({
    example: { header: '氨氮(kg)', unit: 'kg', expected: 'mg/L', key: 'NH3N', base: '氨氮' },
    en: (p) => `Column "${p.header}" states the unit "${p.unit}", which cannot be converted to ${p.expected || 'a dimensionless value'}; its values are read as ${p.expected || 'dimensionless'}`,
    zh: (p) => `列 "${p.header}" 标注的单位 "${p.unit}" 无法换算为${p.expected ? ` ${p.expected}` : '无量纲值'}；其数值按${p.expected ? ` ${p.expected} ` : '无量纲值'}读取`,
    hintEn: (p) => `Give ${p.key} in ${p.expected || 'no unit'} (or a unit convertible to it, such as μg/L for mg/L) and write the unit in the header, e.g. "${p.base}(${p.expected})".`,
    hintZh: (p) => `请以 ${p.expected || '无单位'}（或可换算的单位，如 mg/L 可用 μg/L）给出 ${p.key}，并在表头写明单位，例如 "${p.base}(${p.expected})"。`,
  }),
  'table.unknownColumns': def({
    example: { count: 22, names: '备注, 序号', more: 2 },
    en: (p) => `${p.count} column${p.count === 1 ? ' is' : 's are'} not recognised and ignored: ${p.names}${p.more ? `, and ${p.more} more` : ''}`,
    zh: (p) => `有 ${p.count} 列无法识别，已忽略：${p.names}${p.more ? ` 等（另有 ${p.more} 列）` : ''}`,
    hintEn: () => 'If a column holds a water-quality parameter, name it as in GB 3838 (e.g. 氨氮(mg/L), NH3-N, 总磷, TP); other columns can stay.',
    hintZh: () => '若某列是水质项目，请按 GB 3838 命名（如 氨氮(mg/L)、NH3-N、总磷、TP）；其他列可以保留。',
  }),
  'table.noRows': def({
    example: {},
    en: () => 'The sheet has no rows',
    zh: () => '工作表中没有任何行',
    hintEn: () => 'Load the spreadsheet that holds the monitoring results; with .xlsx, they must be on the first sheet.',
    hintZh: () => '请加载存有监测结果的表格；.xlsx 文件的结果须在第一个工作表中。',
  }),
  'table.tooManyRows': def({
    example: { max: 200000 },
    en: (p) => `The sheet has more than ${p.max.toLocaleString('en')} rows, more than can be loaded`,
    zh: (p) => `工作表超过 ${p.max.toLocaleString('en')} 行，超出可加载的上限`,
    hintEn: (p) => `Split the results into files of at most ${p.max.toLocaleString('en')} rows (for example one per year).`,
    hintZh: (p) => `请把结果拆分为每个不超过 ${p.max.toLocaleString('en')} 行的文件（例如每年一个）。`,
  }),
  'table.noSectionColumn': def({
    example: { row: 1, ids: '断面编号, id', names: '断面名称, name' },
    en: (p) => `No section id or name column in the header row (row ${p.row})`,
    zh: (p) => `表头行（第 ${p.row} 行）中没有断面编号列或断面名称列`,
    hintEn: (p) => `Name the column of section ids one of: ${p.ids}; or the column of section names one of: ${p.names}.`,
    hintZh: (p) => `请把断面编号列命名为以下之一：${p.ids}；或把断面名称列命名为以下之一：${p.names}。`,
  }),
  'table.noDateColumn': def({
    example: { row: 1, alone: '年份', dates: '采样日期, date' },
    en: (p) => `No date column in the header row (row ${p.row})${p.alone ? `: "${p.alone}" alone is not enough` : ''}`,
    zh: (p) => `表头行（第 ${p.row} 行）中没有日期列${p.alone ? `：只有 "${p.alone}" 不够` : ''}`,
    hintEn: (p) => `Name the sampling-date column one of: ${p.dates}; or give separate year (年/年份/year) and month (月/月份/month) columns.`,
    hintZh: (p) => `请把采样日期列命名为以下之一：${p.dates}；或分别给出年（年/年份/year）和月（月/月份/month）两列。`,
  }),
  'table.noParameters': def({
    example: {},
    en: () => 'No water-quality parameter column was recognised, so the samples hold dates only',
    zh: () => '没有识别出任何水质项目列，样品只有日期',
    hintEn: () => 'Name the parameter columns as in GB 3838, e.g. 溶解氧, 高锰酸盐指数, 氨氮(mg/L), 总磷 or DO, CODMn, NH3-N, TP.',
    hintZh: () => '请按 GB 3838 命名项目列，例如 溶解氧、高锰酸盐指数、氨氮(mg/L)、总磷，或 DO、CODMn、NH3-N、TP。',
  }),
  'table.rowNoDate': def({
    example: { row: 6, id: 'W03', name: '丰惠桥', written: '2018-02-30' },
    en: (p) => `Row ${p.row} (${sectionEn(p.id, p.name)}) ${p.written ? `has the date "${p.written}", which is not a real date` : 'has no date'}; the row is left out`,
    zh: (p) => `第 ${p.row} 行（${sectionZh(p.id, p.name)}）${p.written ? `的日期 "${p.written}" 不存在` : '没有日期'}；该行已略去`,
    hintEn: () => DATE_HINT_EN,
    hintZh: () => DATE_HINT_ZH,
  }),
  'table.moreRowsNoDate': def({
    example: { count: 5, first: 23, last: 30 },
    en: (p) => `${p.count} more rows have no date or a date that is not real (rows ${p.first}–${p.last}); they are left out`,
    zh: (p) => `另有 ${p.count} 行没有日期或日期不存在（第 ${p.first}–${p.last} 行）；已略去`,
    hintEn: () => DATE_HINT_EN,
    hintZh: () => DATE_HINT_ZH,
  }),
  'table.unmatchedRows': def<Open<{ count: number; more: number }>>({
    example: { count: 12, more: 2, row0: 7, id0: 'W99', name0: '不存在断面', row1: 10, id1: '', name1: '章家埠' },
    en: (p) => `${p.count} row${p.count === 1 ? ' matches' : 's match'} no section: ${items(p, 'row').map((i) => `row ${s(p[`row${i}`])} (${sectionEn(p[`id${i}`], p[`name${i}`])})`).join(', ')}${p.more ? `, and ${p.more} more` : ''}`,
    zh: (p) => `有 ${p.count} 行找不到对应的断面：${items(p, 'row').map((i) => `第 ${s(p[`row${i}`])} 行（${sectionZh(p[`id${i}`], p[`name${i}`])}）`).join('、')}${p.more ? `等（另有 ${p.more} 行）` : ''}`,
    hintEn: () => 'A row joins the section whose id equals its section id (断面编号/id, compared as text: leading zeros and spaces inside count), or else whose name equals its section name (断面名称). Correct the ids in the spreadsheet to the ids of the sections layer, or add the missing sections.',
    hintZh: () => '每行按断面编号（断面编号/id，按文本比较：前导零和中间的空格都算）对应编号相同的断面，否则按断面名称（断面名称）对应名称相同的断面。请把表格中的编号改成断面图层中的编号，或补充缺少的断面。',
  }),

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

  // Reasons of missing inputs (MissingInput.reason, after the file name)
  'missing.misnamedLayer': def({
    example: { name: 'redline', role: 'redLines' },
    en: (p) => `the layer is named "${p.name}" in manifest.json, not "${p.role}"`,
    zh: (p) => `在 manifest.json 中的图层名为 "${p.name}"，而不是 "${p.role}"`,
  }),
  'missing.notLoaded': def({ example: {}, en: () => 'could not be loaded', zh: () => '无法加载' }),
  'missing.tilesOnly': def({
    example: {},
    en: () => 'is drawn from vector tiles only; its features are not loaded here, so the indicators that count it are computed by the CLI (npm run indicators) from the layer\'s file or table',
    zh: () => '仅以矢量瓦片显示，此处不加载其要素；计入该图层的指标请用命令行（npm run indicators）依据图层文件或数据表计算',
  }),
  'missing.notFound': def({ example: {}, en: () => 'was not found', zh: () => '未找到' }),
  'missing.noLayer': def({ example: { role: 'redLines' }, en: (p) => `names no "${p.role}" layer`, zh: (p) => `没有列出 "${p.role}" 图层` }),
  'missing.noFeatures': def({ example: {}, en: () => 'has no usable feature', zh: () => '没有可用的要素' }),
  'missing.outsideDistrict': def({
    example: {},
    en: () => 'has no feature within the district boundary; check its coordinate system',
    zh: () => '没有位于辖区边界内的要素；请检查其坐标系',
  }),
  'missing.noStatistic': def({ example: { id: 'goodAirDays' }, en: (p) => `gives no value for ${p.id}`, zh: (p) => `没有给出 ${p.id} 的数值` }),
  'missing.noStatisticsFile': def({ example: {}, en: () => 'names no statistics file', zh: () => '没有指定统计文件' }),
  'missing.noClass': def({ example: {}, en: () => 'has no class: no GB 3838 parameter was measured', zh: () => '没有水质类别：未监测任何 GB 3838 项目' }),

  // Warnings of the report
  'report.sectionNoLevel': def({
    example: { id: 'W01', name: '曹娥江大桥' },
    en: (p) => `Section ${p.id} (${p.name}) has no level (国控/省控/市控/县控); it is left out of sectionsGoodRate.`,
    zh: (p) => `断面 ${p.id}（${p.name}）没有监测级别（国控/省控/市控/县控），不计入 sectionsGoodRate。`,
  }),
  'report.sectionNoTarget': def({
    example: { id: 'W01', name: '曹娥江大桥' },
    en: (p) => `Section ${p.id} (${p.name}) has no targetClass and lies in no water-function zone; it is left out of functionZoneCompliance.`,
    zh: (p) => `断面 ${p.id}（${p.name}）没有 targetClass，也不在任何水环境功能区内，不计入 functionZoneCompliance。`,
  }),
  'report.sectionNoClass': def({
    example: { id: 'W01', name: '曹娥江大桥' },
    en: (p) => `Section ${p.id} (${p.name}) has no class: its samples have no GB 3838 parameter.`,
    zh: (p) => `断面 ${p.id}（${p.name}）没有水质类别：其样品中没有 GB 3838 项目。`,
  }),
  'report.unknownStatistic': def({
    example: { id: 'zzz' },
    en: (p) => `Statistics value "${p.id}" is not an indicator of the plan and is ignored.`,
    zh: (p) => `统计数值 "${p.id}" 不是规划中的指标，已忽略。`,
  }),
  'report.indicatorIncomplete': def({
    example: { id: 'forestCoverage', available: 1, missing: 'forest.geojson feature #1 (id 002) land class "果园" is not one of the forest-inventory classes' },
    en: (p) => `${p.id} is ${p.available ? 'incomplete' : 'not available'}: ${p.missing}.`,
    zh: (p) => `${p.id} ${p.available ? '不完整' : '无法计算'}：${p.missing}。`,
  }),
};

/** The code of a message of the catalog. */
export type MessageCode = keyof typeof MESSAGES;

/** The params a message takes. */
export type MessageParams<C extends MessageCode> = (typeof MESSAGES)[C] extends MessageDef<infer P> ? P : never;

/** A message of the catalog by code and params, without its text: the inner part of another message. */
export interface MessageRef {
  readonly code: MessageCode;
  readonly params: Params;
}

/** A message with its English text: the inner part of another message, or a reason. */
export interface MessagePart extends MessageRef {
  /** English. */
  readonly message: string;
}

/** A message with its English text and hint, as the core stores it in issues. */
export interface Message extends MessagePart {
  /** English; '' for a message without a hint. */
  readonly hint: string;
}

function entry(code: string): MessageDef<Params> | undefined {
  return Object.hasOwn(MESSAGES, code) ? (MESSAGES as unknown as Record<string, MessageDef<Params>>)[code] : undefined;
}

/** True when the text is a code of the catalog. */
export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && entry(code) !== undefined;
}

/**
 * A message of the catalog with its English text and hint, for the core to build issues with
 * (`{ severity, file, ...message('layer.notFound', { layer: 'towns' }) }`).
 *
 * @example message('missing.noLayer', { role: 'redLines' }).message // 'names no "redLines" layer'
 */
export function message<C extends MessageCode>(code: C, params: MessageParams<C>): Message {
  const d = entry(code)!;
  return { code, params, message: d.en(params), hint: d.hintEn ? d.hintEn(params) : '' };
}

/**
 * A message's code, params and English text, without a hint: what an inner message (a JSON error,
 * a bad path, a sample value) or a missing input's reason carries.
 */
export function messagePart<C extends MessageCode>(code: C, params: MessageParams<C>): MessagePart {
  return { code, params, message: entry(code)!.en(params) };
}

/** The reason of a missing input (`{ reason, code, params }`) from a message of the catalog. */
export function missingReason<C extends MessageCode>(code: C, params: MessageParams<C>): Pick<MissingInput, 'reason' | 'code' | 'params'> {
  return { reason: entry(code)!.en(params), code, params };
}

/** The reason of a missing input from the issue that left it out: its message, code and params. */
export function issueReason(i: DataIssue): Pick<MissingInput, 'reason' | 'code' | 'params'> {
  return { reason: i.message, ...(i.code !== undefined ? { code: i.code } : {}), ...(i.params !== undefined ? { params: i.params } : {}) };
}

/** The text and hint of a message in a language; null for a code outside the catalog or params that do not fit. */
function render(code: string | undefined, params: Params | undefined, lang: Lang): { message: string; hint: string } | null {
  const d = code === undefined ? undefined : entry(code);
  if (!d) return null;
  try {
    const p = params ?? {};
    const hint = lang === 'en' ? d.hintEn : d.hintZh;
    return { message: d[lang](p), hint: hint ? hint(p) : '' };
  } catch {
    return null;
  }
}

/**
 * An issue's message and hint in a language, from its code and params; the issue's own (English)
 * message and hint when it has no code of the catalog (e.g. one made by an older worker).
 *
 * @example localizeIssue({ severity: 'error', file: 'towns.geojson', code: 'layer.notFound', params: { layer: 'towns' }, message: '…', hint: '…' }, 'zh').message
 *   // '未找到（manifest.json 中为图层 "towns" 指定的文件）'
 */
export function localizeIssue(issue: DataIssue, lang: Lang): { message: string; hint: string } {
  return render(issue.code, issue.params, lang) ?? { message: issue.message, hint: issue.hint };
}

/** The reason of a missing input in a language (it follows the file name); its own reason without a code. */
export function localizeReason(m: MissingInput, lang: Lang): string {
  return render(m.code, m.params, lang)?.message ?? m.reason;
}

/** A list of missing inputs in a few words: the first three (file, feature, reason) and how many more. */
export function localizeMissing(list: readonly MissingInput[] | undefined, lang: Lang): string {
  const zh = lang === 'zh';
  if (!list || list.length === 0) return zh ? '缺少输入数据' : 'inputs are missing';
  const one = (m: MissingInput) => (zh
    ? `${m.file}${m.feature !== undefined ? ` 要素 #${m.feature}` : ''}${m.id !== undefined ? `（编号 ${m.id}）` : ' '}${localizeReason(m, lang)}`
    : `${m.file}${m.feature !== undefined ? ` feature #${m.feature}` : ''}${m.id !== undefined ? ` (id ${m.id})` : ''} ${localizeReason(m, lang)}`);
  const more = list.length > 3 ? (zh ? `；另有 ${list.length - 3} 项` : `; and ${list.length - 3} more`) : '';
  return `${list.slice(0, 3).map(one).join(zh ? '；' : '; ')}${more}`;
}

/**
 * One line for an issue in a language: `Error: file feature #3 (id X): message — hint` (as
 * formatIssue) or `错误：file 要素 #3（编号 X）：message——hint`.
 */
export function localizeIssueLine(i: DataIssue, lang: Lang): string {
  const { message: text, hint } = localizeIssue(i, lang);
  if (lang === 'en') {
    const where = i.featureIndex === undefined ? i.file : `${i.file} feature #${i.featureIndex}${i.featureId ? ` (id ${i.featureId})` : ''}`;
    return `${i.severity === 'error' ? 'Error' : 'Warning'}: ${where}: ${text}${hint ? ` — ${hint}` : ''}`;
  }
  const where = i.featureIndex === undefined ? i.file : `${i.file} 要素 #${i.featureIndex}${i.featureId ? `（编号 ${i.featureId}）` : ''}`;
  return `${i.severity === 'error' ? '错误' : '警告'}：${where}：${text}${hint ? `——${hint}` : ''}`;
}

/**
 * A warning of the report: its English text (as in `Report.warnings`) and what it is made from,
 * so that it can be shown in Chinese too.
 */
export interface ReportWarning {
  /** English, the same as the matching entry of `Report.warnings`. */
  readonly message: string;
  readonly code?: string;
  readonly params?: Params;
  /** For an incomplete indicator: what it lacks (rendered in the language by localizeWarning). */
  readonly missing?: readonly MissingInput[];
  /** A loader warning handed to the report as an issue. */
  readonly issue?: DataIssue;
}

/** A report warning in a language; its English text when it has neither a code nor an issue (a plain string handed to the report). */
export function localizeWarning(w: ReportWarning, lang: Lang): string {
  if (w.issue) return localizeIssueLine(w.issue, lang);
  const params = w.missing ? { ...w.params, missing: localizeMissing(w.missing, lang) } : w.params;
  return render(w.code, params, lang)?.message ?? w.message;
}
