import { useMemo, useSyncExternalStore } from 'react';
import { translator, type Namespace, type TFunction } from './translator';

const subscribe = (onChange: () => void) => {
  translator.on('languageChanged', onChange);
  return () => translator.off('languageChanged', onChange);
};
const languageShown = () => translator.language;

/**
 * `t` for a component, in the language shown: the component draws again when the language changes.
 * With several namespaces, a key is looked for in each in turn.
 */
export function useTranslation<const N extends Namespace | readonly Namespace[] = 'app'>(namespaces?: N) {
  const language = useSyncExternalStore(subscribe, languageShown, languageShown);
  const which = namespaces === undefined ? 'app' : typeof namespaces === 'string' ? namespaces : namespaces.join();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `which` stands for the namespaces (a new array each render).
  const t = useMemo(() => translator.getFixedT(language, namespaces), [language, which]);
  return { t, i18n: translator } as { t: TFunction<N>; i18n: typeof translator };
}
