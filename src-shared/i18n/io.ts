import type { Catalog } from './index';

/** Messages of io (keys under `io.`). Placeholders are i18next's {{name}}. */
export const ioMessages: Catalog = {
  'zh-CN': { io: {} },
  en: { io: {} },
};
