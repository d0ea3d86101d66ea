import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

/*
 * A canvas opened from a share link is drawn by code of its own (SharedView, with the read-only
 * sheet), fetched only for such a link: while the link's canvas is unpacked, in parallel.
 */
const SharedView = lazy(() => import('./SharedView').then((code) => ({ default: code.SharedView })));
const SharedTools = lazy(() => import('./SharedView').then((code) => ({ default: code.SharedTools })));

/** What a share link shows while its canvas (or the code that draws it) is on its way. */
export function SharedLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="shared-loading">
      {t('shared.loading')}
    </p>
  );
}

/** The shared canvas, read-only (see SharedView). */
export function LazySharedView(props: ComponentProps<typeof SharedView>) {
  return (
    <Suspense fallback={<SharedLoading />}>
      <SharedView {...props} />
    </Suspense>
  );
}

/** The header's tools over a shared canvas (see SharedTools); nothing until their code is there. */
export function LazySharedTools(props: ComponentProps<typeof SharedTools>) {
  return (
    <Suspense fallback={null}>
      <SharedTools {...props} />
    </Suspense>
  );
}
