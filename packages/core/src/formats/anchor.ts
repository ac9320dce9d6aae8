/** the last character a range covers, for an exclusive end offset; inside [0, length) */
export function coveredOffset(offset: number, edge: 'start' | 'end' | undefined, length: number): number {
  return Math.max(0, Math.min(length - 1, edge === 'end' && offset > 0 ? offset - 1 : offset));
}
