/** Attributes of features, the samples of a section and the values in them. Part of the message catalog (src/core/i18n/messages.ts joins the parts). */
import { def } from './define.ts';
import type { Open, Say } from './define.ts';
import { sampleDef, TYPE_ZH } from './pieces.ts';

/** The messages by code; `say` gives the text of an inner message of the whole catalog. */
export const attributeMessages = (say: Say) => ({
  // Attributes
  'property.badText': def({
    example: { keys: 'name' },
    en: (p) => `has a NUL character or a lone surrogate (half of a UTF-16 pair) in ${p.keys}; each was replaced with U+FFFD (�)`,
    zh: (p) => `在 ${p.keys} 中含有 NUL 字符或孤立的代理项（UTF-16 代理对的一半）；均已替换为 U+FFFD（�）`,
    hintEn: () => 'Such characters are not text; check how the file was exported (a binary field, a cut string).',
    hintZh: () => '这些字符不是有效文本；请检查文件的导出方式（二进制字段或被截断的字符串）。',
  }),
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
});
