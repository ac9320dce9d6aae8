/**
 * 0 or "/" in a figure where most reports of the same kind of body in the
 * batch have a value (a township reporting no 行政处罚 while its neighbours
 * report dozens): info, only with enough peers.
 */
import type { BodyKind } from '../vocabulary/types.js';
import type { FigureSummary } from './types.js';

export interface PeerInput {
  bodyKind?: BodyKind;
  figures: readonly FigureSummary[];
}

export interface PeerOptions {
  /** reports of the same kind (besides this one) that must have the figure */
  minPeers: number;
  /** share of those peers that must have a value above 0 (0–1) */
  share: number;
}

export interface PeerOutlier {
  index: number;
  figure: FigureSummary;
  peers: number;
  withValue: number;
}

const hasValue = (f: FigureSummary) => f.state === 'number' && (f.value ?? 0) > 0;
const isEmpty = (f: FigureSummary) => f.state === 'placeholder' || (f.state === 'number' && f.value === 0);

export function findPeerOutliers(reports: readonly PeerInput[], options: PeerOptions): PeerOutlier[] {
  // per kind and figure: how many reports have it, and how many with a value above 0
  const counts = new Map<string, { peers: number; withValue: number }>();
  const keyOf = (kind: BodyKind, figure: string) => `${kind}\u0000${figure}`;
  for (const r of reports) {
    if (!r.bodyKind) continue;
    for (const f of r.figures) {
      const c = counts.get(keyOf(r.bodyKind, f.key)) ?? { peers: 0, withValue: 0 };
      c.peers++;
      if (hasValue(f)) c.withValue++;
      counts.set(keyOf(r.bodyKind, f.key), c);
    }
  }
  const out: PeerOutlier[] = [];
  reports.forEach((r, index) => {
    if (!r.bodyKind) return;
    for (const f of r.figures) {
      if (!isEmpty(f)) continue;
      const c = counts.get(keyOf(r.bodyKind, f.key))!;
      // this report is one of the peers counted, without a value
      const peers = c.peers - 1;
      if (peers < options.minPeers || c.withValue < peers * options.share) continue;
      out.push({ index, figure: f, peers, withValue: c.withValue });
    }
  });
  return out;
}
