/** Reading files: JSON text, file paths in the manifest, bytes and encodings of the files. Part of the message catalog (src/core/i18n/messages.ts joins the parts). */
import { def } from './define.ts';

/** The messages by code. */
export const FILE_MESSAGES = {
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
  'file.refused': def({
    example: { reason: 'a symbolic link to /etc/passwd, outside the dataset folder data; refused' },
    en: (p) => `was not read: ${p.reason}`,
    zh: (p) => `未读取：${p.reason}`,
    hintEn: () => 'A dataset is read only from inside its own folder, and the database it names is used only when you give it with --db.',
    hintZh: () => '数据集只从其自身文件夹内读取；其指定的数据库仅在您用 --db 给出时才使用。',
  }),
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
  'text.mixedEncoding': def({
    example: { encoding: 'UTF-8', other: 'GBK', lines: '57', count: 1 },
    en: (p) => `is read as ${p.encoding}, but ${p.count === 1 ? `line ${p.lines} is` : `lines ${p.lines} are`} in another encoding (${p.other}?): characters there that are not ${p.encoding} show as �`,
    zh: (p) => `按 ${p.encoding} 读取，但第 ${p.lines} 行使用了其他编码（${p.other}？）：其中不是 ${p.encoding} 的字符显示为 �`,
    hintEn: (p) => `Retype or re-save ${p.count === 1 ? 'that line' : 'those lines'} as ${p.encoding}; they were probably pasted from another file.`,
    hintZh: (p) => `请把这些行重新输入或另存为 ${p.encoding}；它们可能是从其他文件粘贴过来的。`,
  }),
  'text.bom': def({
    example: {},
    en: () => 'starts with a byte-order mark (BOM); it was ignored',
    zh: () => '以字节顺序标记（BOM）开头；已忽略',
    hintEn: () => 'Save the file as UTF-8 without BOM to avoid problems with other JSON readers.',
    hintZh: () => '请将文件保存为不带 BOM 的 UTF-8，以免其他 JSON 读取程序出错。',
  }),
};
