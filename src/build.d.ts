/** Which build of Boom this is (vite.config.ts's `buildId`): tabs compare it (persistence/sync/tab-versions). */
declare const __BOOM_BUILD__: string;
/** Boom's icon as a data: address (vite.config.ts's `LOGO`): the header draws it without a request. */
declare const __BOOM_LOGO__: string;
