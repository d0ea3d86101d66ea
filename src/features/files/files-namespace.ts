/** The texts of the Canvases list, the share dialog and the Markdown export, loaded with them. */
import en from '@locales/en/files.json';
import fa from '@locales/fa/files.json';
import { addNamespace } from '@/i18n/namespaces';

addNamespace('files', { en, fa });
