import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Inspector } from '../src/app/components/Inspector.tsx';
import { IssuesPanel } from '../src/app/components/IssuesPanel.tsx';
import { LangContext } from '../src/app/i18n/i18n-context.tsx';
import type { LayerFeature } from '../src/core/data/dataset.ts';
import { evaluateSections } from '../src/core/indicators/section-results.ts';
import { loadValid } from './helpers/load-fixture.ts';

const evil = '<img src=x onerror="window.__pwned=1">';

describe('Inspector', () => {
  it('renders attribute values as text, never as HTML', () => {
    const feature: LayerFeature = { type: 'Feature', properties: { name: evil, category: evil, note: evil }, geometry: { type: 'Polygon', coordinates: [[[120, 30], [120.01, 30], [120.01, 30.01], [120, 30]]] } };
    const html = renderToString(<Inspector layer="protectedAreas" feature={feature} section={null} monthly={null} onClose={() => {}} />);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
  });
  it('shows a polygon’s ellipsoidal area in m² and 公顷 (ha in English)', () => {
    const feature: LayerFeature = { type: 'Feature', properties: { name: 'P' }, geometry: { type: 'Polygon', coordinates: [[[120, 30], [120.01, 30], [120.01, 30.01], [120, 30.01], [120, 30]]] } };
    const html = renderToString(<Inspector layer="parks" feature={feature} section={null} monthly={null} onClose={() => {}} />);
    // 0.01° square at 30° N: 1,069,521 m² (closed form) → shown in km² with hectares.
    expect(html).toContain('1.07 km² (106.95 公顷)');
  });
  it('shows a section’s class, target, compliance and deciding parameter, in English too', async () => {
    const d = await loadValid('water');
    const s = evaluateSections(d).find((x) => x.id === 'S3')!;
    const f = d.layers.sections!.features[2]!;
    const zh = renderToString(<Inspector layer="sections" feature={f} section={s} monthly={[3, 3, null, null, null, null, null, null, null, null, null, null]} onClose={() => {}} />);
    expect(zh).toContain('湖库总磷');
    expect(zh).toMatch(/data-class="III"/);
    expect(zh).toContain('总磷 年均值 0.04 mg/L');
    expect(zh).toContain('（来自功能区）');
    const en = renderToString(<LangContext.Provider value="en"><Inspector layer="sections" feature={f} section={s} monthly={null} onClose={() => {}} /></LangContext.Provider>);
    expect(en).toContain('Total phosphorus Annual mean 0.04 mg/L');
    expect(en).toContain('lake');
  });
});

describe('IssuesPanel', () => {
  it('lists file, feature, problem and fix, as text', () => {
    const html = renderToString(<IssuesPanel rejected={false} issues={[{ severity: 'error', file: 'parks.geojson', featureIndex: 3, featureId: evil, message: 'has no "name" property', hint: 'Add "name"' }]} onClose={() => {}} />);
    expect(html.replace(/<!-- -->/g, '')).toContain('parks.geojson #3');
    expect(html).toContain('has no &quot;name&quot; property');
    expect(html).not.toContain('<img');
  });
});
