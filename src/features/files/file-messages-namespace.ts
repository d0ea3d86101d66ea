/** What importing and exporting say (a file imported, one that could not be), loaded with them. */
import en from '@locales/en/file-messages.json';
import fa from '@locales/fa/file-messages.json';
import { addNamespace } from '@/i18n/namespaces';

addNamespace('fileMessages', { en, fa });
