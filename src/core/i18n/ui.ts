/**
 * The interface's words in Chinese (default) and English: the app, the legend, the layer names,
 * the exhibition. Part of the one catalog with vocabulary.ts (terms of the data) and messages.ts
 * (what the loader and the report say). The words live in ui/, one file a panel (app.ts holds the
 * frame and the words panels share); a new key goes into its panel's file, in both languages.
 */
import type { Lang } from '../format/format-number.ts';
import * as app from './ui/app.ts';
import * as board from './ui/board.ts';
import * as townsYears from './ui/towns-years.ts';
import * as sections from './ui/sections.ts';
import * as sites from './ui/sites.ts';
import * as layers from './ui/layers.ts';
import * as inspector from './ui/inspector.ts';
import * as exhibition from './ui/exhibition.ts';

/** The Chinese words of every part, in one object (a key belongs to one part; test/ui-strings.test.ts checks). */
const zh = { ...app.zh, ...board.zh, ...townsYears.zh, ...sections.zh, ...sites.zh, ...layers.zh, ...inspector.zh, ...exhibition.zh } as const;

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = { ...app.en, ...board.en, ...townsYears.en, ...sections.en, ...sites.en, ...layers.en, ...inspector.en, ...exhibition.en };

const STRINGS: Readonly<Record<Lang, Readonly<Record<StringKey, string>>>> = { zh, en };

/** The text of a key in a language, with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: StringKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
