import { useTranslation } from '@/i18n/useTranslation';
import { ImportIcon } from '@/ui/icons';

/** Shown while files are dragged over the page: where they go and what happens to them. */
export function DropHint() {
  const { t } = useTranslation();
  return (
    <div className="drop-hint" aria-hidden="true">
      <p>
        <ImportIcon width={32} height={32} />
        <span>{t('fileTools.dropHint')}</span>
      </p>
    </div>
  );
}
