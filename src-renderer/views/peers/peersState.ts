import { create } from 'zustand';
import type { HeatmapSort } from '../../charts/heatmap';

/** What the peers screen has chosen, kept while the user visits other screens. */
export type PeerKind = 'category' | 'township' | 'level' | 'saved' | 'similar';
export const PEER_KINDS: readonly PeerKind[] = ['category', 'township', 'level', 'saved', 'similar'];

interface PeersState {
  unit: string | null;
  kind: PeerKind;
  k: number;
  /** Endowment indicators of the similarity; empty = the whole normalised profile. */
  endowment: string[];
  saved: string | null;
  heatmapSort: HeatmapSort;
  set: (patch: Partial<Omit<PeersState, 'set'>>) => void;
}

export const usePeersChoice = create<PeersState>((set) => ({
  unit: null,
  kind: 'category',
  k: 5,
  endowment: [],
  saved: null,
  heatmapSort: null,
  set: (patch) => set(patch),
}));

/** The api's peer spec for the choice; null when it is not complete (no saved group picked). */
export function peerSpec(s: Pick<PeersState, 'kind' | 'k' | 'endowment' | 'saved'>) {
  switch (s.kind) {
    case 'saved':
      return s.saved ? { kind: 'saved' as const, name: s.saved } : null;
    case 'similar':
      return { kind: 'similar' as const, k: s.k, indicators: s.endowment };
    default:
      return { kind: s.kind };
  }
}
