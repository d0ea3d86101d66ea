/** The presentation's texts, loaded with it. */
import en from '@locales/en/presentation.json';
import fa from '@locales/fa/presentation.json';
import { addNamespace } from '@/i18n/namespaces';

addNamespace('presentation', { en, fa });
