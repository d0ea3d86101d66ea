import i18next from 'i18next';

/**
 * Adds a namespace loaded with a lazy feature (its long texts are not needed on the first
 * screen). Both languages come together, so switching language inside the feature just works.
 */
export function addNamespace(namespace: string, bundles: { en: object; fa: object }): void {
  for (const [language, bundle] of Object.entries(bundles)) {
    if (!i18next.hasResourceBundle(language, namespace)) i18next.addResourceBundle(language, namespace, bundle);
  }
}
