import { expect } from 'vitest';
import { contract, KaopingError, type CallName, type CallResult } from '../../../src-shared/api';
import { createTranslator } from '../../../src-shared/i18n';
import type { Service } from '../../../src-main/service';

/** A call the way the hosts make it: input through the contract's schema, result checked too. */
export async function callService<K extends CallName>(service: Service, name: K, input: unknown): Promise<CallResult<K>> {
  const parsed = contract[name].input.parse(input);
  const result = await (service[name] as (i: unknown) => Promise<unknown>)(parsed);
  return contract[name].output.parse(result) as CallResult<K>;
}

export interface Refusal {
  key: string;
  params: Record<string, string | number>;
  zh: string;
  en: string;
}

/** What a refused call threw, with its message in both languages (both must exist). */
export async function refusalOf(service: Service, name: CallName, input: unknown): Promise<Refusal> {
  try {
    await callService(service, name, input);
  } catch (e) {
    expect(e).toBeInstanceOf(KaopingError);
    const { key, params } = e as KaopingError;
    const zh = createTranslator('zh-CN');
    const en = createTranslator('en');
    expect(zh.exists(key), `zh-CN ${key}`).toBe(true);
    expect(en.exists(key), `en ${key}`).toBe(true);
    return { key, params, zh: zh.t(key, params), en: en.t(key, params) };
  }
  throw new Error(`${name} was not refused`);
}
