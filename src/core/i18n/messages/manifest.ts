/** manifest.json: its fields, years, targets, fields maps and what they name. Part of the message catalog (src/core/i18n/messages.ts joins the parts). */
import { def } from './define.ts';
import type { Open, Say } from './define.ts';
import { items, s } from './pieces.ts';

/** The messages by code; `say` gives the text of an inner message of the whole catalog. */
export const manifestMessages = (say: Say) => ({
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
});
