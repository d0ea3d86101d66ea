import i18next from 'i18next';
import { LIMITS } from '@/domain/limits';
import { SCHEMA_VERSION } from '@/domain/document';
import type { LoadError } from '@/domain/load-errors';
import { formatBytes, isolate } from './format';

/** A translated phrase for why canvas data could not be read, naming the field when there is one. */
export function loadErrorText(error: LoadError): string {
  const t = i18next.t.bind(i18next);
  const language = i18next.language;
  switch (error.code) {
    case 'tooLarge':
      return error.size === null
        ? t('loadError.tooLargeExpanded', { limit: formatBytes(error.limit, language) })
        : t('loadError.tooLarge', { size: formatBytes(error.size, language), limit: formatBytes(error.limit, language) });
    case 'linkTooLong':
      return t('loadError.linkTooLong', { length: error.length, limit: error.limit });
    case 'versionTooNew':
      return t('loadError.versionTooNew', { version: error.version, current: SCHEMA_VERSION });
    case 'invalid': {
      // A Latin field path stays whole and left-to-right inside a Persian sentence.
      const path =
        error.note === undefined
          ? isolate(error.path, 'ltr')
          : t('loadError.inNote', { path: isolate(error.path, 'ltr'), note: isolate(error.note) });
      if (error.limit !== undefined && (error.problem === 'tooLong' || error.problem === 'tooBig')) {
        return t('loadError.overLimit', { context: error.problem, path, limit: error.limit });
      }
      return t('loadError.invalid', { context: error.problem, path, max: LIMITS.notesPerCanvas });
    }
    default:
      return t(`loadError.${error.code}`);
  }
}
