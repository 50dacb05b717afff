/** The statistics file: reported indicator values. Part of the message catalog (src/core/i18n/messages.ts joins the parts). */
import { def } from './define.ts';
import type { Open, Say } from './define.ts';

/** The messages by code; `say` gives the text of an inner message of the whole catalog. */
export const statisticsMessages = (say: Say) => ({
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
});
