import { translator } from '@/i18n/translator';

/**
 * Adds a namespace loaded with a lazy feature (its long texts are not needed on the first
 * screen). Both languages come together, so switching language inside the feature just works.
 */
export function addNamespace(namespace: string, bundles: { en: object; fa: object }): void {
  for (const [language, bundle] of Object.entries(bundles)) {
    if (!translator.hasResourceBundle(language, namespace)) translator.addResourceBundle(language, namespace, bundle);
  }
}
