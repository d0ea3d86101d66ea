/** What dragging says to a screen reader (picked up, over, dropped), loaded with the drag layer. */
import en from '@locales/en/drag.json';
import fa from '@locales/fa/drag.json';
import { addNamespace } from '@/i18n/namespaces';

addNamespace('dnd', { en, fa });
