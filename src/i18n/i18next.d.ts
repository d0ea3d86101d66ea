import 'i18next';
import type app from '@locales/en/app.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: { app: typeof app };
    returnNull: false;
  }
}
