import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { rememberLanguage } from '@/app/language-sync';
import { startBackupReminder } from '@/app/backup-reminder';
import { startStorageSync } from '@/app/storage-sync';
import { initI18n, pickLanguage } from '@/i18n/i18n';
import { browserStorage, loadLanguage } from '@/persistence/local-storage';

const storage = browserStorage();
const i18n = initI18n(pickLanguage(loadLanguage(storage), navigator.languages ?? [navigator.language]));
rememberLanguage(i18n, storage);
startStorageSync(storage);
startBackupReminder(storage);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
