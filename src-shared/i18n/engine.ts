import type { Catalog } from './index';

/** Messages of engine (keys under `engine.`). Placeholders are i18next's {{name}}. */
export const engineMessages: Catalog = {
  'zh-CN': { engine: {} },
  en: { engine: {} },
};
