/**
 * The texts of History, a version's view and a comparison, loaded with them; the channels' texts
 * and the relationships' come too (the words of their details that changed), and what a full list of
 * canvases says.
 */
import en from '@locales/en/versions.json';
import fa from '@locales/fa/versions.json';
import channelsEn from '@locales/en/channels.json';
import channelsFa from '@locales/fa/channels.json';
import relationshipsEn from '@locales/en/relationships.json';
import relationshipsFa from '@locales/fa/relationships.json';
import fileMessagesEn from '@locales/en/file-messages.json';
import fileMessagesFa from '@locales/fa/file-messages.json';
import { addNamespace } from '@/i18n/namespaces';

addNamespace('versions', { en, fa });
addNamespace('channels', { en: channelsEn, fa: channelsFa });
addNamespace('fileMessages', { en: fileMessagesEn, fa: fileMessagesFa });
addNamespace('relationships', { en: relationshipsEn, fa: relationshipsFa });
