import type { Catalog } from './index';

/** Messages of service (keys under `service.`). Placeholders are i18next's {{name}}. */
export const serviceMessages: Catalog = {
  'zh-CN': { service: {} },
  en: { service: {} },
};
