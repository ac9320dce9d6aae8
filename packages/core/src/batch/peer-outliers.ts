/**
 * 0 or "/" in a figure where most reports of the same kind of body in the
 * batch have a value (a township reporting no 行政处罚 while its neighbours
 * report dozens): info, only with enough peers. Peers are other bodies, each
 * counted once (bodyKey): the same report as .txt and .pdf, or the same
 * body's report of another year, is not a peer.
 */
import type { BodyKind } from '../vocabulary/types.js';
import { bodyKey } from './body-names.js';
import type { FigureSummary } from './types.js';

export interface PeerInput {
  body?: string;
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
  // per kind and figure: each body that has it, and whether one of its reports has a value above 0
  const bodies = new Map<string, Map<string, boolean>>();
  const groupOf = (kind: BodyKind, figure: string) => `${kind}\u0000${figure}`;
  const keys = reports.map((r) => (r.body ? bodyKey(r.body) : undefined));
  reports.forEach((r, i) => {
    const key = keys[i];
    if (!r.bodyKind || key === undefined) return;
    for (const f of r.figures) {
      const group = bodies.get(groupOf(r.bodyKind, f.key)) ?? new Map<string, boolean>();
      group.set(key, (group.get(key) ?? false) || hasValue(f));
      bodies.set(groupOf(r.bodyKind, f.key), group);
    }
  });
  const valued = new Map([...bodies].map(([group, flags]) => [group, [...flags.values()].filter(Boolean).length]));
  const out: PeerOutlier[] = [];
  reports.forEach((r, index) => {
    const key = keys[index];
    if (!r.bodyKind || key === undefined) return;
    for (const f of r.figures) {
      if (!isEmpty(f)) continue;
      const group = groupOf(r.bodyKind, f.key);
      const flags = bodies.get(group)!;
      const peers = flags.size - 1;
      const withValue = valued.get(group)! - (flags.get(key) ? 1 : 0);
      if (peers < options.minPeers || withValue < peers * options.share) continue;
      out.push({ index, figure: f, peers, withValue });
    }
  });
  return out;
}
