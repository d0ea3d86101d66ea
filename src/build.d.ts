/** Which build of Boom this is (vite.config.ts's `buildId`): tabs compare it (persistence/sync/tab-versions). */
declare const __BOOM_BUILD__: string;
