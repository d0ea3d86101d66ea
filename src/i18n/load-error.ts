import { translator } from '@/i18n/translator';
import { LIMITS } from '@/domain/limits';
import { SCHEMA_VERSION } from '@/domain/document';
import type { LoadError } from '@/domain/load-errors';
import en from '@locales/en/load-errors.json';
import fa from '@locales/fa/load-errors.json';
import { formatBytes, isolate } from './format';
import { addNamespace } from './namespaces';

// The words for unreadable data come with the code that says them (an import, a link, a notice).
addNamespace('loadError', { en, fa });

/** A translated phrase for why canvas data could not be read, naming the field when there is one. */
export function loadErrorText(error: LoadError): string {
  const t = translator.getFixedT(null, 'loadError');
  const language = translator.language;
  switch (error.code) {
    case 'tooLarge':
      return error.size === null
        ? t('tooLargeExpanded', { limit: formatBytes(error.limit, language) })
        : t('tooLarge', { size: formatBytes(error.size, language), limit: formatBytes(error.limit, language) });
    case 'linkTooLong':
      return t('linkTooLong', { length: error.length, limit: error.limit });
    case 'versionTooNew':
      return t('versionTooNew', { version: error.version, current: SCHEMA_VERSION });
    case 'invalid': {
      // A Latin field path stays whole and left-to-right inside a Persian sentence.
      const path =
        error.note === undefined
          ? isolate(error.path, 'ltr')
          : t('inNote', { path: isolate(error.path, 'ltr'), note: isolate(error.note) });
      if (error.limit !== undefined && (error.problem === 'tooLong' || error.problem === 'tooBig')) {
        return t('overLimit', { context: error.problem, path, limit: error.limit });
      }
      return t('invalid', { context: error.problem, path, max: LIMITS.notesPerCanvas });
    }
    default:
      return t(error.code);
  }
}
