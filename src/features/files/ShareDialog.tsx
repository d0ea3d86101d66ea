import { useEffect, useId, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import './files-namespace';
import { shareFragment, type ShareFragmentResult } from '@/persistence/share-link';
import { CopyField } from '@/ui/CopyField';
import { Dialog } from '@/ui/Dialog';
import { currentCanvas } from './file-actions';

/** Makes a read-only link that carries the open canvas in its fragment, and copies it. */
export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('files');
  const headingId = useId();
  const fieldId = useId();
  const [result, setResult] = useState<ShareFragmentResult | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  useEffect(() => {
    let live = true;
    void shareFragment(currentCanvas()).then((made) => {
      if (live) setResult(made);
    });
    return () => {
      live = false;
    };
  }, []);

  const link = result?.ok ? `${location.origin}${location.pathname}${location.search}${result.fragment}` : '';

  return (
    <Dialog labelledBy={headingId} onClose={onClose} className="small-dialog">
      <h2 id={headingId}>{t('share.title')}</h2>
      <p>{t('share.intro')}</p>
      {!result && <p role="status">{t('share.working')}</p>}
      {result && !result.ok && (
        <p role="alert" className="notice notice-error">
          {t('share.tooLong', { length: result.length, limit: result.limit })}
        </p>
      )}
      {result?.ok && (
        <>
          <label htmlFor={fieldId} className="field-label">
            {t('share.linkLabel')}
          </label>
          <CopyField
            id={fieldId}
            value={link}
            copyText={t('share.copy')}
            rowClassName="share-row"
            inputClassName="share-link"
            onCopied={(done) => setCopied(done ? 'yes' : 'failed')}
          />
          <p className="field-note">
            {t('share.length', { count: link.length })} {t('share.later')}
          </p>
          <p role="status" className="share-copied">
            {copied === 'yes' ? t('share.copied') : copied === 'failed' ? t('share.copyFailed') : ''}
          </p>
          <p>
            <a href={link} target="_blank" rel="noopener noreferrer">
              {t('share.preview')}
            </a>
          </p>
        </>
      )}
    </Dialog>
  );
}
