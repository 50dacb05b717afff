/** Entry point of the web app: the map app, or the exhibition screen with `?mode=exhibition`. */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ExhibitionApp } from './exhibition/ExhibitionApp.tsx';
import type { ExhibitionOptions } from './exhibition/ExhibitionApp.tsx';
import { startReportWorker } from './report/use-report.ts';
import './app.css';
import './exhibition/exhibition.css';

const params = new URLSearchParams(window.location.search);
const num = (name: string, fallback: number) => { const v = Number(params.get(name)); return Number.isFinite(v) && v > 0 ? v : fallback; };

/** Exhibition settings; the shorter times are for tests (`?step=2000&idle=3000`). */
const options: ExhibitionOptions = {
  stepMs: num('step', 20000),
  idleMs: num('idle', 60000),
  monthMs: num('monthms', 1500),
  testMode: params.has('test'),
};

// The data for the map loads while the page is being set up.
startReportWorker();

function Root() {
  const [exhibition, setExhibition] = useState(params.get('mode') === 'exhibition');
  if (exhibition) return <ExhibitionApp options={options} />;
  return <App onExhibition={() => { void document.documentElement.requestFullscreen?.().catch(() => {}); setExhibition(true); }} />;
}

createRoot(document.getElementById('root')!).render(<StrictMode><Root /></StrictMode>);
