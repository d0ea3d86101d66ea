import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { initI18n } from '@/i18n/i18n';
import { resetCanvasStore } from '@/store/canvas-store';

initI18n('en');

beforeEach(async () => {
  localStorage.clear();
  resetCanvasStore();
  const { default: i18n } = await import('i18next');
  if (i18n.language !== 'en') await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
});
