import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HeartIcon } from '@/ui/icons';
import { useDeferredFocus } from '@/ui/useDeferredFocus';

// The panel and its long texts load only when it is first opened.
const RelationshipsPanel = lazy(() => import('./RelationshipsPanel'));

/** The Customer Relationships block's door to the relationships panel. */
export function RelationshipsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Focus can go back to the button only once the modal (which makes the page inert) is gone.
  const focusButton = useDeferredFocus(button, !open);
  const close = () => {
    focusButton();
    setOpen(false);
  };
  return (
    <>
      <button ref={button} type="button" className="block-tool" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <HeartIcon />
        <span>{t('block.relationshipTypes')}</span>
      </button>
      {open && (
        <Suspense fallback={<p className="visually-hidden" role="status">{t('dialog.loading')}</p>}>
          <RelationshipsPanel onClose={close} />
        </Suspense>
      )}
    </>
  );
}
