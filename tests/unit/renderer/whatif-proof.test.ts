import { describe, expect, it } from 'vitest';
import { belowShown, boundsAfter, firstProofInput, goOnPastTieUntil, marginText, nextProofInput, progressAfter, STEPS_PER_CALL } from '../../../src-renderer/views/whatif/rankProof';
import type { CallResult } from '../../../src-shared/api';

// The What-if panel's proof loop, as pure steps: what it asks first, what it passes back, and
// how it judges where a proof stands after each call.

const args = { scheme: null, unit: 'U1', relative: 0.1 };
const bounds: CallResult<'rankBounds'> = {
  unit: 'U1',
  nominal: 5,
  best: { rank: 3, weights: { A: 1.1 }, limit: 2, proven: false },
  worst: { rank: 8, weights: { A: 0.9 }, limit: 8, proven: true },
};
const step = (over: Partial<CallResult<'proveRankEnd'>>): CallResult<'proveRankEnd'> => ({
  unit: 'U1', end: 'best', rank: 3, weights: { A: 1.05 }, limit: 2, proven: false,
  pieces: [{ lo: [1], hi: [1.1], limit: 2 }], steps: 2, exhausted: false, tie: false, margin: null, ...over,
});

describe('proving an end from the What-if panel', () => {
  it('starts from the end as the rank bounds left it, and only an open one', () => {
    expect(firstProofInput(args, bounds, 'best')).toEqual({ ...args, end: 'best', weights: { A: 1.1 }, limit: 2, pieces: null, steps: STEPS_PER_CALL });
    expect(firstProofInput(args, bounds, 'worst')).toBeNull(); // proven already
    expect(firstProofInput(args, { ...bounds, best: { ...bounds.best, limit: null } }, 'best')).toBeNull();
  });

  it('passes back what each call returned', () => {
    const first = firstProofInput(args, bounds, 'best')!;
    const s = step({});
    expect(nextProofInput(first, s)).toEqual({ ...first, weights: { A: 1.05 }, limit: 2, pieces: s.pieces });
  });

  it('says running, stopped, proven, tie or exhausted, the end shown updated', () => {
    expect(progressAfter(step({}), 4, false)).toEqual({ end: 'best', status: 'running', programs: 4, pieces: 1, rank: 3, limit: 2, nearTie: false, margin: null });
    expect(progressAfter(step({}), 4, true).status).toBe('stopped');
    // A proof that ends on its own says why, even when Stop was pressed meanwhile.
    expect(progressAfter(step({ proven: true, rank: 2, pieces: [] }), 6, true).status).toBe('proven');
    const nearTie = step({ tie: true, margin: 0.00093, pieces: [{ lo: [1], hi: [1.1], limit: 2, tie: true }] });
    expect(progressAfter(nearTie, 6, false, 6)).toMatchObject({ status: 'tie', nearTie: true, margin: 0.00093, pieces: 1 });
    expect(progressAfter(step({ exhausted: true }), 6, false).status).toBe('exhausted');
    // A step that examined nothing, unproven, has nothing left to examine: the loop ends.
    expect(progressAfter(step({ steps: 0, pieces: [] }), 6, false).status).toBe('exhausted');
    // Pieces left final (too narrow) are not counted as still to check.
    expect(progressAfter(step({ pieces: [{ lo: [1], hi: [1.1], limit: 2 }, { lo: [1.1], hi: [1.2], limit: 2, final: true }] }), 6, false).pieces).toBe(1);
    expect(boundsAfter(bounds, step({ proven: true, rank: 2, limit: 2, pieces: [] })).best).toEqual({ rank: 2, weights: { A: 1.05 }, limit: 2, proven: true });
    expect(boundsAfter(bounds, step({})).worst).toBe(bounds.worst);
  });

  it('goes on past a near-tie a while, then says it; asked to, until proven or stopped', () => {
    const nearTie = step({ tie: true, margin: 0.00093, pieces: [{ lo: [1], hi: [1.1], limit: 2, tie: true }] });
    // Met after 12 pieces: it goes on to 24; met after 3, to 13.
    expect(goOnPastTieUntil(12)).toBe(24);
    expect(goOnPastTieUntil(3)).toBe(13);
    expect(progressAfter(nearTie, 20, false, 24)).toMatchObject({ status: 'running', nearTie: true });
    expect(progressAfter(nearTie, 24, false, 24).status).toBe('tie');
    // Stopped meanwhile, it says the near-tie: that is what it knows.
    expect(progressAfter(nearTie, 20, true, 24).status).toBe('tie');
    // Proving exactly (no end set): running until proven, stopped or nothing is left.
    expect(progressAfter(nearTie, 500, false).status).toBe('running');
    expect(progressAfter({ ...nearTie, proven: true, pieces: [], tie: false }, 501, false).status).toBe('proven');
    expect(progressAfter({ ...nearTie, steps: 0 }, 501, false).status).toBe('exhausted');
    // Near-ties too narrow to split: nothing more to do, said as such (no button to go on).
    expect(progressAfter({ ...nearTie, exhausted: true }, 30, false, 24).status).toBe('exhausted');
  });

  it('says a near-tie\'s margin rounded up to a power of ten, so that "within" stays true', () => {
    expect(marginText(0.00093)).toBe('0.001');
    expect(marginText(0.001)).toBe('0.001');
    expect(marginText(0.0000078)).toBe('0.00001');
    expect(marginText(3)).toBe('10');
    // Below the two decimals scores are shown with: a 0–100 scale's μ, not a 0–1000 scale's.
    expect(belowShown(0.00093)).toBe(true);
    expect(belowShown(0.0093)).toBe(false);
  });
});
