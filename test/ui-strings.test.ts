import { describe, expect, it } from 'vitest';
import { translate } from '../src/core/i18n/ui.ts';
import type { StringKey } from '../src/core/i18n/ui.ts';
import * as app from '../src/core/i18n/ui/app.ts';
import * as board from '../src/core/i18n/ui/board.ts';
import * as exhibition from '../src/core/i18n/ui/exhibition.ts';
import * as inspector from '../src/core/i18n/ui/inspector.ts';
import * as layers from '../src/core/i18n/ui/layers.ts';
import * as sections from '../src/core/i18n/ui/sections.ts';
import * as sites from '../src/core/i18n/ui/sites.ts';
import * as townsYears from '../src/core/i18n/ui/towns-years.ts';

const PARTS = { app, board, exhibition, inspector, layers, sections, sites, townsYears };
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the interface words (src/core/i18n/ui/)', () => {
  it('gives each key to one panel file only (a key in two would be overwritten silently)', () => {
    const owner = new Map<string, string>();
    for (const [part, words] of Object.entries(PARTS)) {
      for (const k of Object.keys(words.zh)) {
        expect(owner.get(k), `${k} in ${part} and ${owner.get(k)}`).toBeUndefined();
        owner.set(k, part);
      }
    }
  });
  it('has every key in both languages, with the same placeholders', () => {
    for (const [part, words] of Object.entries(PARTS)) {
      expect(Object.keys(words.en).sort(), part).toEqual(Object.keys(words.zh).sort());
      for (const [k, zh] of Object.entries(words.zh) as [StringKey, string][]) {
        const en = (words.en as Record<string, string>)[k]!;
        expect(typeof en, `${part}.${k}`).toBe('string'); // may be empty: classSuffix (类) has no English
        expect(placeholders(en), `${part}.${k}`).toEqual(placeholders(zh));
      }
    }
  });
  it('translates through the joined catalog', () => {
    expect(translate('zh', 'tableOf', { layer: '森林小班' })).toBe('森林小班 属性表');
    expect(translate('en', 'exportScale', { n: 10000 })).toBe('Scale 1:10000');
  });
});
