/** The texts of the workshop dialog, the join dialog and a room's messages, loaded with them. */
import en from '@locales/en/workshop.json';
import fa from '@locales/fa/workshop.json';
import { addNamespace } from '@/i18n/namespaces';

addNamespace('workshop', { en, fa });
