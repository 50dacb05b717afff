/**
 * Title bar: name, sample-data badge, search, data-issue count, language switch. One row on every
 * screen: buttons never wrap their text; below 1200 px the less-used actions (open dataset, export,
 * exhibition) are in the ☰ menu, below 720 px all of them are.
 */
import type { ReactNode } from 'react';
import { helpGuide } from '../../core/index.ts';
import type { DataIssue } from '../../core/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';
import { OpenDataset } from './OpenDataset.tsx';

export interface HeaderProps {
  readonly sample: boolean;
  readonly issues: readonly DataIssue[];
  readonly onLang: () => void;
  readonly onIssues: () => void;
  readonly onFiles: (files: File[]) => void;
  readonly onExhibition?: () => void;
  /** Small screens: the layer drawer and the header menu. */
  readonly onLayers: () => void;
  readonly onMenu: () => void;
  readonly menuOpen: boolean;
  readonly onHelp: () => void;
  /** Opens the map export (PNG or print). */
  readonly onExport: () => void;
  /** The search box, shown in the header on every screen. */
  readonly search?: ReactNode;
  /** The name of a dataset other than the app's own (a province, another district), shown in the subtitle's place. */
  readonly datasetName?: string;
}

export function Header({ sample, issues, onLang, onIssues, onFiles, onExhibition, onLayers, onMenu, menuOpen, onHelp, onExport, search, datasetName }: HeaderProps) {
  const { lang, t } = useLang();
  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <header className="app-header">
      <h1>{t('title')}</h1>
      {datasetName ? <span className="subtitle" data-testid="dataset-name">{datasetName}</span> : <span className="subtitle">{t('subtitle')}</span>}
      {sample && <span className="sample-badge" title={t('sampleNote')} data-testid="sample-badge">{t('sampleBadge')}</span>}
      {search}
      <span className="spacer" />
      <button type="button" className="layers-button" onClick={onLayers} data-testid="layers-button">{t('layers')}</button>
      <button type="button" className="menu-button" onClick={onMenu} aria-expanded={menuOpen} aria-label={t('menu')} data-testid="menu-button">☰</button>
      <div className="header-actions">
      {/* The less-used actions: in the ☰ menu on tablets (and, with the rest, on phones). */}
      <span className="header-more">
      <OpenDataset onFiles={onFiles} />
      <button type="button" onClick={onExport} data-testid="export-button">{t('exportMap')}</button>
      {onExhibition && <button type="button" onClick={onExhibition} data-testid="exhibition-button">{t('exhibition')}</button>}
      </span>
      {issues.length > 0 && (
        <button type="button" className={`issues-button ${errors ? 'has-errors' : ''}`} onClick={onIssues} data-testid="issues-button">
          {t('issues')} ({issues.length})
        </button>
      )}
      <button type="button" className="lang" onClick={onLang} data-testid="lang-switch">{t('language')}</button>
      <button type="button" className="help-button" onClick={onHelp} aria-label={helpGuide(lang).title} title={helpGuide(lang).title} data-testid="help-button">?</button>
      </div>
    </header>
  );
}
