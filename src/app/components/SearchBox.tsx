/**
 * One box that finds towns, red lines, protected areas, parks, sections and water-function zones by
 * name, id or pinyin (initials or full: `tpsk`, `tangpu`), and places typed as coordinates (decimal,
 * DMS, Gauss-Krüger zone 40). Arrow keys move
 * through the hits; Enter (or a click) goes to the chosen one.
 */
import { useEffect, useId, useState } from 'react';
import { loadCoordinates, searchFeatures } from '../../core/index.ts';
import type { Dataset, FeatureId, PinyinMatch, SearchHit } from '../../core/index.ts';
import { loadPinyinMatch } from './pinyin-match.ts';
import { groupName } from '../../map/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

type Hit = { readonly kind: 'feature'; readonly hit: SearchHit } | { readonly kind: 'point'; readonly lonLat: readonly [number, number] };

export interface SearchBoxProps {
  readonly dataset: Dataset | null;
  readonly onFeature: (id: FeatureId) => void;
  readonly onPoint: (lonLat: readonly [number, number]) => void;
}

export function SearchBox(p: SearchBoxProps) {
  const { lang, t } = useLang();
  const [query, setQuery] = useState('');
  // The point the query names, read asynchronously (kept with the query it was read from).
  const [parsed, setParsed] = useState<{ readonly query: string; readonly point: readonly [number, number] | null }>({ query: '', point: null });
  const point = parsed.query === query ? parsed.point : null;
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  // Typed coordinates are read by the coordinate tools, loaded when first needed.
  useEffect(() => {
    let alive = true;
    if (/\d/.test(query)) void loadCoordinates().then((c) => { if (alive) setParsed({ query, point: c.parseCoordinates(query) }); });
    return () => { alive = false; };
  }, [query]);
  // Pinyin: the matcher is loaded the first time Latin letters are typed.
  const [pinyin, setPinyin] = useState<PinyinMatch | null>(null);
  useEffect(() => {
    let alive = true;
    if (!pinyin && /[a-z]/i.test(query)) void loadPinyinMatch().then((m) => { if (alive) setPinyin(() => m); });
    return () => { alive = false; };
  }, [query, pinyin]);
  const hits: Hit[] = [
    ...(point ? [{ kind: 'point' as const, lonLat: point }] : []),
    ...(p.dataset ? searchFeatures(p.dataset, query, 12, pinyin ?? undefined).map((hit) => ({ kind: 'feature' as const, hit })) : []),
  ];
  const go = (h: Hit | undefined) => {
    if (!h) return;
    if (h.kind === 'point') p.onPoint(h.lonLat); else p.onFeature(h.hit.id);
    setOpen(false);
  };
  const label = (h: Hit) => (h.kind === 'point'
    ? t('searchPoint', { lon: h.lonLat[0].toFixed(5), lat: h.lonLat[1].toFixed(5) })
    : `${h.hit.label}${h.hit.code ? ` (${h.hit.code})` : ''} · ${groupName(h.hit.id.layer, lang)}`);
  return (
    <div className="search-box" role="search">
      <input type="search" value={query} placeholder={t('searchPlaceholder')} aria-label={t('search')} data-testid="search-input"
        role="combobox" aria-expanded={open && query !== ''} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        onChange={(e) => { setQuery(e.target.value); setActive(0); setOpen(true); }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, hits.length - 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          else if (e.key === 'Enter') { e.preventDefault(); go(hits[active]); }
          else if (e.key === 'Escape') setOpen(false);
        }} />
      {open && query.trim() !== '' && (
        <ul className="search-hits" id={listId} role="listbox" data-testid="search-hits">
          {hits.length === 0 && <li className="muted">{t('searchNone')}</li>}
          {hits.map((h, i) => (
            <li key={h.kind === 'point' ? 'point' : `${h.hit.id.layer}:${h.hit.id.index}`} id={`${listId}-${i}`} role="option" aria-selected={i === active}
              className={i === active ? 'active' : ''} onMouseDown={(e) => { e.preventDefault(); go(h); }}>{label(h)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
