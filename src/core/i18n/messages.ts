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
 *
 * The messages live in messages/, one file an area (files, manifest, statistics, layers, geometry,
 * attributes and samples, monitoring spreadsheets, importing, the report), with the pieces of text
 * they share (pieces.ts); a new message goes into its area's file.
 */
import type { DataIssue, MissingInput } from '../data/dataset.ts';
import type { Lang } from '../format/format-number.ts';
import type { MessageDef, Params } from './messages/define.ts';
import { FILE_MESSAGES } from './messages/files.ts';
import { manifestMessages } from './messages/manifest.ts';
import { statisticsMessages } from './messages/statistics.ts';
import { layerMessages } from './messages/layers.ts';
import { geometryMessages } from './messages/geometry.ts';
import { attributeMessages } from './messages/attributes.ts';
import { MONITORING_MESSAGES } from './messages/monitoring.ts';
import { importMessages } from './messages/import.ts';
import { REPORT_MESSAGES } from './messages/report.ts';

export type { MessageDef, Params } from './messages/define.ts';

// ---------------------------------------------------------------------------------------------
// The catalog

/**
 * Every message by code (`area.what`): English and Chinese text, the hint for issues, and example
 * params. Messages without a hint are inner parts of others, reasons of missing inputs or report
 * warnings. English texts are the ones the core has always written, byte for byte. The parts that
 * hold messages made of others get `say`, which reads the inner one from this whole catalog.
 */
export const MESSAGES = {
  ...FILE_MESSAGES,
  ...manifestMessages(say),
  ...statisticsMessages(say),
  ...layerMessages,
  ...geometryMessages(say),
  ...attributeMessages(say),
  ...MONITORING_MESSAGES,
  ...importMessages(say),
  ...REPORT_MESSAGES,
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

/** The text of a message of the catalog (no hint), e.g. the inner message named by `detail`. */
function say(code: string | number | undefined, p: Params, lang: Lang): string {
  const d = typeof code === 'string' ? entry(code) : undefined;
  return d ? d[lang](p) : String(code);
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
