import { describe, expect, it } from 'vitest';
import { choiceLabelKey, choiceOverlays, type MethodChoice } from '../../../src-renderer/views/sensitivity/methodChoices';
import { sensitivityStrings } from '../../../src-renderer/i18n/areas/sensitivity';

describe('Monte Carlo method choices on the sensitivity screen', () => {
  const choices: MethodChoice[] = [
    { kind: 'aggregate', value: 'topsis' },
    { kind: 'scoring', value: 'zscore' },
    { kind: 'within', value: 'category' },
  ];

  it('become the scheme overlays the engine draws among, in the order chosen', () => {
    expect(choiceOverlays(choices)).toEqual([{ aggregate: 'topsis' }, { scoring: 'zscore' }, { normaliseWithin: 'category' }]);
  });

  it('are named in both languages', () => {
    for (const strings of [sensitivityStrings.zhCN, sensitivityStrings.en]) {
      for (const c of choices) {
        const path = choiceLabelKey(c).split('.');
        const label = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], strings);
        expect(typeof label).toBe('string');
      }
    }
  });
});
