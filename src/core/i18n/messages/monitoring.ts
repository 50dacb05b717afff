/** Monitoring spreadsheets: their files, header rows, units, dates and the join to sections. Part of the message catalog (src/core/i18n/messages.ts joins the parts). */
import { def } from './define.ts';
import type { Open } from './define.ts';
import { DATE_HINT_EN, DATE_HINT_ZH, items, s, sectionEn, sectionZh } from './pieces.ts';

/** The messages by code. */
export const MONITORING_MESSAGES = {
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
  'table.noRowMatched': def({
    example: { rows: 61, sections: 9, list: '镇海大桥 (ZH01), 河口 (ZH02)', more: 4 },
    en: (p) => `matches none of this dataset's sections: nothing was joined. Its ${p.rows} rows are about ${p.sections} other section${p.sections === 1 ? '' : 's'} (${p.list}${p.more ? `, and ${p.more} more` : ''}): the file seems to belong to another dataset`,
    zh: (p) => `没有一行能对应到本数据集的断面，未导入任何数据。表中 ${p.rows} 行属于另外 ${p.sections} 个断面（${p.list}${p.more ? ` 等，另有 ${p.more} 个` : ''}）：这份表格似乎属于其他数据集`,
    hintEn: () => 'Check that the spreadsheet is this dataset\'s (its 断面编号 / 断面名称 are those of the sections layer); if the sections are new, add them to the sections layer first.',
    hintZh: () => '请确认选择的是本数据集的监测表（其断面编号、断面名称与断面图层一致）；若这些是新增断面，请先在断面图层中补充。',
  }),
  'table.unmatchedRows': def<Open<{ count: number; more: number }>>({
    example: { count: 12, more: 2, row0: 7, id0: 'W99', name0: '不存在断面', row1: 10, id1: '', name1: '章家埠' },
    en: (p) => `${p.count} row${p.count === 1 ? ' matches' : 's match'} no section: ${items(p, 'row').map((i) => `row ${s(p[`row${i}`])} (${sectionEn(p[`id${i}`], p[`name${i}`])})`).join(', ')}${p.more ? `, and ${p.more} more` : ''}`,
    zh: (p) => `有 ${p.count} 行找不到对应的断面：${items(p, 'row').map((i) => `第 ${s(p[`row${i}`])} 行（${sectionZh(p[`id${i}`], p[`name${i}`])}）`).join('、')}${p.more ? `等（另有 ${p.more} 行）` : ''}`,
    hintEn: () => 'A row joins the section whose id equals its section id (断面编号/id, compared as text: leading zeros and spaces inside count), or else whose name equals its section name (断面名称). Correct the ids in the spreadsheet to the ids of the sections layer, or add the missing sections.',
    hintZh: () => '每行按断面编号（断面编号/id，按文本比较：前导零和中间的空格都算）对应编号相同的断面，否则按断面名称（断面名称）对应名称相同的断面。请把表格中的编号改成断面图层中的编号，或补充缺少的断面。',
  }),
};
