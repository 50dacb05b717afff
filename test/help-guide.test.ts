/**
 * The app's help (src/core/i18n/help.ts, shown by src/app/components/HelpDialog.tsx): the guide has
 * the same sections and paragraphs in Chinese and English, each language's text is in that
 * language, and it names the app's buttons and tabs with the interface's own words.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HelpDialog } from '../src/app/components/HelpDialog.tsx';
import { LangContext } from '../src/app/i18n/i18n-context.tsx';
import { HELP_SECTION_IDS, helpGuide } from '../src/core/i18n/help.ts';
import { translate } from '../src/core/i18n/ui.ts';

const CJK = /[\u4e00-\u9fff]/;

describe('the help guide', () => {
  const zh = helpGuide('zh');
  const en = helpGuide('en');

  it('has every section, in the same order, with as many paragraphs in both languages', () => {
    expect(zh.sections.map((s) => s.id)).toEqual([...HELP_SECTION_IDS]);
    expect(en.sections.map((s) => s.id)).toEqual([...HELP_SECTION_IDS]);
    expect(zh.sections.map((s) => s.title)).toEqual(['地图与指标', '选址', '断面与监测数据', '分镇', '年度对比', '属性表', '导出地图', '申报材料', '展览模式']);
    for (const [i, s] of zh.sections.entries()) expect(s.paragraphs.length, s.id).toBe(en.sections[i]!.paragraphs.length);
  });

  it('is Chinese in Chinese and English in English, with no placeholder left and nothing to fetch', () => {
    for (const s of zh.sections) for (const p of s.paragraphs) expect(p, s.id).toMatch(CJK);
    for (const s of en.sections) for (const p of s.paragraphs) expect(p.replace(/[\u4e00-\u9fff（）]+/g, '').length, s.id).toBeGreaterThan(p.length * 0.8);
    for (const g of [zh, en]) for (const s of g.sections) for (const p of s.paragraphs) expect(p, s.id).not.toMatch(/undefined|\$\{|https?:\/\//);
  });

  it('names buttons as the interface does, in each language', () => {
    const text = (g: typeof zh) => g.sections.flatMap((s) => s.paragraphs).join('\n');
    for (const lang of ['zh', 'en'] as const) {
      const all = text(helpGuide(lang));
      for (const key of ['openDataset', 'addSamples', 'editVertices', 'exportMap', 'exhibition', 'yearsShowChange'] as const) expect(all).toContain(`“${translate(lang, key)}”`);
    }
  });

  it('is what the dialog shows, with the shortcuts, in the interface language', () => {
    const html = (lang: 'zh' | 'en') => renderToString(createElement(LangContext.Provider, { value: lang }, createElement(HelpDialog, { onClose: () => {} })));
    const page = html('en');
    expect(page).toContain('data-testid="help-dialog"');
    expect(page).toContain('data-testid="help-shortcuts"');
    for (const s of en.sections) expect(page).toContain(`data-testid="help-${s.id}"`);
    expect(page).toContain(translate('en', 'key_layers'));
    expect(html('zh')).toContain('断面与监测数据');
  });
});
