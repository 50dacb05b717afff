/**
 * The monitoring sections as a table, in sync with the map: sortable, filterable by river,
 * level, class and compliance; a month selector recolours sections by that month's class.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { classText, countByClass, formatWaterClass, term } from '../../core/index.ts';
import type { SectionResult, WaterClass } from '../../core/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';
import { ClassChip } from './ClassChip.tsx';
import { TimeSlider } from './TimeSlider.tsx';

type SortKey = 'name' | 'river' | 'level' | 'cls' | 'targetClass' | 'compliant';
const LEVEL_ORDER = ['国控', '省控', '市控', '县控'];

export interface SectionsPanelProps {
  readonly sections: readonly SectionResult[];
  /** Class shown for each section id (annual or of the chosen month). */
  readonly shown: ReadonlyMap<string, WaterClass | null>;
  readonly month: number | null;
  readonly selectedId: string | null;
  readonly onMonth: (m: number | null) => void;
  readonly onSelect: (sectionId: string) => void;
  /** The ids of the sections the filters leave (null: no filter set, or the panel closed), for the map to draw only those. */
  readonly onShown: (ids: readonly string[] | null) => void;
  /** A monitoring spreadsheet (.xlsx/.csv) picked or dropped on the panel, to join to the sections. */
  readonly onSamplesFile: (file: File) => void;
}

/** Compliance of a section in the view: the annual one, or the chosen month's class against the target. */
function compliantIn(s: SectionResult, shownClass: WaterClass | null, month: number | null): boolean | null {
  if (month === null) return s.compliant;
  return shownClass === null || s.targetClass === null ? null : shownClass <= s.targetClass;
}

export function SectionsPanel(p: SectionsPanelProps) {
  const { lang, t } = useLang();
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'level', asc: true });
  const [river, setRiver] = useState('');
  const [level, setLevel] = useState('');
  const [cls, setCls] = useState('');
  const [compliant, setCompliant] = useState('');
  const rivers = useMemo(() => [...new Set(p.sections.map((s) => s.river))].sort(), [p.sections]);
  const rows = useMemo(() => {
    const value = (s: SectionResult, k: SortKey): string | number => {
      switch (k) {
        case 'level': return s.level === null ? LEVEL_ORDER.length : LEVEL_ORDER.indexOf(s.level);
        case 'cls': return p.shown.get(s.id) ?? 9;
        case 'targetClass': return s.targetClass ?? 9;
        case 'compliant': { const c = compliantIn(s, p.shown.get(s.id) ?? null, p.month); return c === null ? 2 : c ? 0 : 1; }
        default: return s[k];
      }
    };
    return p.sections
      .filter((s) => (!river || s.river === river) && (!level || s.level === level)
        && (!cls || formatWaterClass(p.shown.get(s.id) ?? null) === cls)
        && (!compliant || String(compliantIn(s, p.shown.get(s.id) ?? null, p.month)) === compliant))
      .sort((a, b) => {
        const x = value(a, sort.key); const y = value(b, sort.key);
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
        return (sort.asc ? c : -c) || a.id.localeCompare(b.id);
      });
  }, [p.sections, p.shown, p.month, river, level, cls, compliant, sort]);
  const filtering = river !== '' || level !== '' || cls !== '' || compliant !== '';
  const { onShown } = p;
  useEffect(() => { onShown(filtering ? rows.map((s) => s.id) : null); }, [filtering, rows, onShown]);
  useEffect(() => () => onShown(null), [onShown]);
  const [dropping, setDropping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const counts = countByClass(p.sections.map((s) => p.shown.get(s.id) ?? null));
  const selectedRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => { selectedRow.current?.scrollIntoView({ block: 'nearest' }); }, [p.selectedId]);

  const th = (k: SortKey, label: string) => (
    <th aria-sort={sort.key === k ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => setSort((s) => ({ key: k, asc: s.key === k ? !s.asc : true }))}>{label}{sort.key === k ? (sort.asc ? ' ▲' : ' ▼') : ''}</button>
    </th>
  );
  return (
    <section className={`panel sections ${dropping ? 'dropping' : ''}`} aria-label={t('sections')} data-testid="sections-panel"
      onDragOver={(e) => { e.preventDefault(); e.stopPropagation(); setDropping(true); }} onDragLeave={() => setDropping(false)}
      onDrop={(e) => { e.preventDefault(); e.stopPropagation(); setDropping(false); const f = e.dataTransfer.files[0]; if (f) p.onSamplesFile(f); }}>
      <div className="month-row">
        <TimeSlider month={p.month} onMonth={p.onMonth} />
        <button type="button" className="samples-button" title={t('samplesHint')} onClick={() => fileInput.current?.click()}>{t('addSamples')}</button>
        <input ref={fileInput} type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden data-testid="samples-input"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) p.onSamplesFile(f); e.target.value = ''; }} />
      </div>
      <p className="muted view-note" data-testid="sections-view">{p.month === null ? t('annualView') : t('monthView', { n: p.month })}</p>
      <div className="class-counts" data-testid="class-counts" aria-label={t('countsPerClass')}>
        {Object.entries(counts).map(([label, n], i) => (
          <span key={label} className="count"><ClassChip cls={(i + 1) as WaterClass} /> {n}</span>
        ))}
      </div>
      <div className="filters">
        <select aria-label={t('river')} value={river} onChange={(e) => setRiver(e.target.value)}>
          <option value="">{t('river')}: {t('all')}</option>
          {rivers.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
        <select aria-label={t('level')} value={level} onChange={(e) => setLevel(e.target.value)}>
          <option value="">{t('level')}: {t('all')}</option>
          {LEVEL_ORDER.map((l) => <option key={l} value={l}>{term(lang, l)}</option>)}
        </select>
        <select aria-label={t('class')} value={cls} onChange={(e) => setCls(e.target.value)} data-testid="class-filter">
          <option value="">{t('class')}: {t('all')}</option>
          {['I', 'II', 'III', 'IV', 'V', '劣V'].map((c) => <option key={c} value={c}>{classText(lang, c)}</option>)}
        </select>
        <select aria-label={t('compliant')} value={compliant} onChange={(e) => setCompliant(e.target.value)}>
          <option value="">{t('compliant')}: {t('all')}</option>
          <option value="true">{t('yes')}</option>
          <option value="false">{t('no')}</option>
          <option value="null">{t('noTarget')}</option>
        </select>
      </div>
      <p className="muted">{t('sectionsShown', { n: rows.length, total: p.sections.length })}</p>
      <table>
        <thead><tr>{th('name', t('name'))}{th('river', t('river'))}{th('level', t('level'))}{th('cls', t('class'))}{th('targetClass', t('targetClass'))}{th('compliant', t('compliant'))}</tr></thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id} ref={s.id === p.selectedId ? selectedRow : undefined} className={s.id === p.selectedId ? 'selected' : ''} onClick={() => p.onSelect(s.id)} tabIndex={0}
              onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); p.onSelect(s.id); } }} data-testid={`section-row-${s.id}`}>
              <td>{s.name}</td><td>{s.river}</td><td>{s.level === null ? '—' : term(lang, s.level)}</td>
              <td><ClassChip cls={p.shown.get(s.id) ?? null} /></td>
              <td>{classText(lang, formatWaterClass(s.targetClass)) || '—'}</td>
              <td>{((c) => (c === null ? '—' : c ? t('yes') : t('no')))(compliantIn(s, p.shown.get(s.id) ?? null, p.month))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
