/**
 * Exhibition mode: full screen, large type, no editing tools. An automatic tour tells the story of
 * the plan step by step; a tap on the map shows a simple card and pauses the tour, which resumes
 * after a minute without touch. Every timer and listener is removed when it is no longer needed,
 * so the screen can run for days.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatNumber, indicatorStatus, translate } from '../../core/index.ts';
import type { Dataset, FeatureId, ProtectedShareDetails, StringKey } from '../../core/index.ts';
import { GROUP_IDS } from '../../map/index.ts';
import { useDatasetTiles } from '../map-ui/use-dataset-tiles.ts';
import type { GroupId, MapController, MapState } from '../../map/index.ts';
import { sectionClasses } from '../state/section-classes.ts';
import { MapView } from '../components/MapView.tsx';
import { featuresBBox } from '../feature-lookup.ts';
import { useFeature } from '../use-feature.ts';
import { LangContext } from '../i18n/i18n-context.tsx';
import { useReport } from '../report/use-report.ts';
import { tapText } from './tap-text.ts';
import { ClassBars, IndicatorCard, SHORT_STATUS, StepLegend, Timeline, TownRanking, YearClasses } from './tour-parts.tsx';
import { useByTown } from '../towns/use-by-town.ts';
import { useYears } from '../years/use-years.ts';
import { TOUR } from './tour-steps.ts';
import type { TourStep } from './tour-steps.ts';

export interface ExhibitionOptions {
  /** Time on each tour step, ms. */
  readonly stepMs: number;
  /** Time without touch before the tour resumes, ms. */
  readonly idleMs: number;
  /** Time per month when the water step plays the months, ms. */
  readonly monthMs: number;
  readonly testMode: boolean;
}

/** The exhibition speaks Chinese; its words come from the one catalog. */
const t = (key: StringKey, vars?: Readonly<Record<string, string | number>>) => translate('zh', key, vars);

const OPAQUE = Object.fromEntries(GROUP_IDS.map((g) => [g, 1])) as Record<GroupId, number>;
const EMPTY = { type: 'FeatureCollection' as const, features: [] };

function stepBox(step: TourStep, d: Dataset): readonly [number, number, number, number] | null {
  if (step.view === 'urban') {
    const urban = [...(d.layers.urbanAreas?.features ?? [])].sort((a, b) => Number(b.properties.population) - Number(a.properties.population))[0];
    if (urban) return featuresBBox([urban]);
  }
  const b = featuresBBox(d.layers.boundary?.features ?? []);
  if (!b) return null;
  if (step.view === 'south') return [b[0], b[1], b[2], b[1] + (b[3] - b[1]) * 0.55];
  return b;
}

export function ExhibitionApp({ options }: { options: ExhibitionOptions }) {
  const rs = useReport();
  const [stepIndex, setStepIndex] = useState(0);
  const [month, setMonth] = useState(1);
  const [tapped, setTapped] = useState<FeatureId | null>(null);
  const [touchAt, setTouchAt] = useState(0);
  const map = useRef<MapController | null>(null);
  const step = TOUR[stepIndex]!;
  const paused = tapped !== null;
  const ready = rs.status === 'ready' && rs.report !== null && rs.dataset !== null;

  // The towns are ranked from the start (the worker computes them once), so their step shows them at once.
  const byTown = useByTown(true, rs.urls, rs.fetchByZone, rs.report?.indicators ?? null);
  // A step with its map not yet drawable (the towns' colours still computing) waits before counting its time.
  const stepReady = !step.towns || byTown.colors !== null;
  // Next step after stepMs, while not paused.
  useEffect(() => {
    if (!ready || paused || !stepReady) return;
    const timer = setTimeout(() => { setStepIndex((i) => (i + 1) % TOUR.length); setMonth(1); }, options.stepMs);
    return () => clearTimeout(timer);
  }, [ready, paused, stepReady, stepIndex, options.stepMs]);
  // The water step plays the months.
  useEffect(() => {
    if (!ready || paused || !step.months) return;
    const timer = setInterval(() => setMonth((m) => (m % 12) + 1), options.monthMs);
    return () => clearInterval(timer);
  }, [ready, paused, step.months, options.monthMs]);
  // Back to the tour after idleMs without touch.
  useEffect(() => {
    if (!paused) return;
    const timer = setTimeout(() => setTapped(null), options.idleMs);
    return () => clearTimeout(timer);
  }, [paused, touchAt, options.idleMs]);

  const visible = useMemo(() => {
    const v = Object.fromEntries(GROUP_IDS.map((g) => [g, false])) as Record<GroupId, boolean>;
    for (const g of step.groups) v[g] = true;
    return v;
  }, [step]);
  const classes = useMemo(() => sectionClasses(rs.report, rs.monthly, step.months ? month : null), [rs.report, rs.monthly, step.months, month]);
  // The place the step is about is framed in the part of the screen the card leaves free (the card
  // takes the right third, the title the top, the timeline the bottom).
  const fit = useMemo(() => {
    const box = rs.dataset ? stepBox(step, rs.dataset) : null;
    const w = window.innerWidth;
    const h = window.innerHeight;
    const card = step.id === 'summary' ? 0.05 : 0.36;
    return box ? { bbox: box, maxZoom: 13, padding: { top: 0.13 * h, bottom: 0.14 * h, left: 0.03 * w, right: (card + 0.02) * w } } : null;
  }, [step, rs.dataset]);
  const met = rs.report ? rs.report.indicators.filter((i) => i.pass).length : 0;
  const total = rs.report?.indicators.length ?? 0;
  const classSet = useMemo(() => new Set(classes.values()), [classes]);
  const tappedFeature = useFeature(rs, tapped);
  const tappedSection = tappedFeature?.id.layer === 'sections' ? rs.report?.sections[tappedFeature.id.index] : undefined;
  // The water step tells the classes' change over the years.
  const years = useYears(rs.dataset, rs.fetchYears);
  const choropleth = useMemo(() => (step.towns && byTown.colors ? { colors: byTown.colors } : null), [step.towns, byTown.colors]);
  // Layers the dataset brings as vector tiles are drawn from them.
  const tiles = useDatasetTiles(rs.tiles, rs.loadId);
  // Labels, markers, lines, the scale bar and the north arrow grow with the screen, as the type does (1 at 1080p, 2 at 4K).
  const [furnitureScale, setFurnitureScale] = useState(() => window.innerHeight / 1080);
  useEffect(() => {
    const resized = () => setFurnitureScale(window.innerHeight / 1080);
    window.addEventListener('resize', resized);
    return () => window.removeEventListener('resize', resized);
  }, []);
  const mapState = useMemo((): MapState => ({ visible, opacity: OPAQUE, urls: rs.urls, tiles, highlight: [], selection: tapped, basemap: null, largeLabels: true, furnitureScale, choropleth }), [visible, rs.urls, tiles, tapped, choropleth, furnitureScale]);
  const redArea = rs.report?.indicators.find((i) => i.id === 'protectedShare')?.details as Partial<ProtectedShareDetails> | undefined;

  return (
    <LangContext.Provider value="zh">
      <div className="exhibition" data-status={rs.status} onPointerDown={() => setTouchAt(Date.now())}>
        <MapView state={mapState} sectionsLayer={rs.dataset?.layers.sections} sectionClasses={classes} fit={fit}
          sites={EMPTY} siteOverlaps={EMPTY} testMode={options.testMode} kiosk
          onSelect={(id) => { setTapped(id); setTouchAt(Date.now()); }} onViewChange={() => {}}
          onReady={(m) => { map.current = m; m.serveDatasetFiles(rs.readFile); if (options.testMode) window.__ecoMap = m; }} />
        <header className="ex-title">
          <h1>{t('ex_title')}</h1>
          {rs.dataset?.manifest.sample && <span className="sample-badge">{t('sampleBadge')}</span>}
        </header>
        {ready && !paused && (
          <section className="tour-card" data-testid="tour-card" data-step={step.id} data-indicator={step.indicator ?? ''}>
            <div className="tour-progress">{TOUR.map((s, i) => <span key={s.id} className={i === stepIndex ? 'on' : ''} />)}</div>
            <h2>{step.titleZh}</h2>
            <p>{step.textZh}</p>
            {step.id !== 'summary' && <StepLegend groups={step.groups} summaries={rs.summaries} classes={classSet} {...(step.towns ? { towns: { classes: byTown.classes, unit: rs.report!.indicators.find((i) => i.id === step.towns)?.unit ?? '' } } : {})} />}
            {step.id === 'redLines' && redArea?.areaByRoleM2?.redLines !== undefined && (
              <div className="big-indicator" data-indicator="redLines">
                <div className="big-name">{t('ex_redLineCount', { n: rs.summaries.redLines?.count ?? 0 })}</div>
                <div className="big-value">{formatNumber('zh', redArea.areaByRoleM2.redLines / 1e6, 1)}<small>km²</small></div>
                <div className="big-target">{t('ex_shareOfDistrict')} {formatNumber('zh', (redArea.areaByRoleM2.redLines / redArea.boundaryAreaM2!) * 100, 1)}%</div>
              </div>
            )}
            {step.indicator && <IndicatorCard report={rs.report!} id={step.indicator} />}
            {step.months && (
              <>
                <div className="month-now" data-testid="tour-month" data-month={month}>{t('ex_monthOf', { year: rs.dataset?.manifest.year ?? '', n: month })}</div>
                <ClassBars classes={[...classes.values()]} />
                {years && <YearClasses from={years.comparison.from} to={years.comparison.to} counts={years.comparison.classCounts} />}
              </>
            )}
            {step.towns && <TownRanking byZone={byTown.byZone} indicator={rs.report!.indicators.find((i) => i.id === step.towns)!} classes={byTown.classes} />}
            {step.id === 'summary' && (
              <div className="summary-count" data-testid="summary-count">
                {rs.report!.indicators.filter((i) => i.pass).length}<small> / {rs.report!.indicators.length} {t('ex_passCount')}</small>
              </div>
            )}
            {step.id === 'summary' && (
              <ul className="summary-grid" data-testid="summary">
                {rs.report!.indicators.map((i) => (
                  <li key={i.id} className={indicatorStatus(i)} data-indicator={i.id}>{i.name}<b>{SHORT_STATUS[indicatorStatus(i)]}</b></li>
                ))}
              </ul>
            )}
          </section>
        )}
        {paused && tappedFeature && (() => {
          const text = tapText(tappedFeature.id.layer, tappedFeature.id.index, tappedFeature.feature, tappedSection);
          return (
            <section className="tour-card tap-card" data-testid="tap-card">
              <h2>{text.title}</h2>
              {text.lines.map((l) => <p key={l}>{l}</p>)}
              <button type="button" onClick={() => setTapped(null)}>{t('ex_continue')}</button>
            </section>
          );
        })()}
        <Timeline year={rs.dataset?.manifest.year ?? null} met={met} total={total} />
      </div>
    </LangContext.Provider>
  );
}
