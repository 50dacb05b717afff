/**
 * The board's 生成申报材料 button: makes the submission pack (workbook, technical report, 300 dpi
 * maps) for the dataset open and downloads it as one zip, saying what it is doing meanwhile and
 * what it made (or why it could not) in the user's language.
 */
import { useState } from 'react';
import { useLang } from '../i18n/i18n-context.tsx';
import { makePack } from '../pack/make-pack.ts';
import type { PackSources, PackStep } from '../pack/make-pack.ts';
import { download } from '../sites/site-exports.ts';

export interface PackButtonProps {
  /** What the pack is made from; null while the report is not ready. */
  sources(): PackSources | null;
}

export function PackButton({ sources }: PackButtonProps) {
  const { t } = useLang();
  const [step, setStep] = useState<PackStep | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const stepText = (s: PackStep) => (s.kind === 'tables' ? t('packStepTables') : s.kind === 'files' ? t('packStepFiles') : t('packStepMaps', { i: s.i, n: s.n }));
  const make = async () => {
    const src = sources();
    if (!src) return;
    setResult(null);
    setStep({ kind: 'tables' });
    try {
      const pack = await makePack(src, setStep);
      download(pack.name, new Blob([pack.zip as BlobPart]), 'application/zip');
      setResult({ ok: true, text: t('packDone', { file: pack.name, n: pack.maps }) });
    } catch (e) {
      setResult({ ok: false, text: t('packFailed', { message: (e as Error).message }) });
    } finally {
      setStep(null);
    }
  };
  return (
    <div className="pack" data-testid="pack">
      <button type="button" onClick={() => void make()} disabled={step !== null || sources() === null} title={t('packHint')} data-testid="pack-button">{t('makePack')}</button>
      {step && <p className="muted" role="status" data-testid="pack-progress">{t('packMaking', { step: stepText(step) })}</p>}
      {result && <p className={result.ok ? 'muted' : 'table-error'} role={result.ok ? 'status' : 'alert'} data-testid="pack-result">{result.text}</p>}
    </div>
  );
}
