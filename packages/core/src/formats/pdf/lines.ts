import { PAGE_FOOTER } from '../../vocabulary/page-chrome.js';
import type { Glyph, PageLine } from './types.js';

/** Group a page's glyph runs into lines (top to bottom) and lay each line out as text. */
export function pageLines(glyphs: Glyph[], page: number, height: number): PageLine[] {
  glyphs.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { y: number; fs: number; glyphs: Glyph[] }[] = [];
  for (const g of glyphs) {
    let best: (typeof groups)[number] | undefined;
    let bestDistance = Infinity;
    for (let k = groups.length - 1; k >= Math.max(0, groups.length - 4); k--) {
      const group = groups[k];
      const distance = Math.abs(g.y - group.y);
      if (distance <= 0.45 * Math.min(g.fs, group.fs) + 0.01 && distance < bestDistance) {
        best = group;
        bestDistance = distance;
      }
    }
    if (best) {
      best.glyphs.push(g);
      if (!g.space) best.fs = Math.max(best.fs, g.fs);
    } else {
      groups.push({ y: g.y, fs: g.fs, glyphs: [g] });
    }
  }
  const lines: PageLine[] = [];
  for (const group of groups) {
    const runs = group.glyphs.sort((a, b) => a.x - b.x);
    let text = '';
    let gapped = false;
    let lastEnd = -Infinity;
    let spaceSeen = false;
    let lastFs = group.fs;
    let x0 = Infinity;
    let x1 = -Infinity;
    const seen: Glyph[] = [];
    for (const g of runs) {
      if (g.space) {
        spaceSeen = text.length > 0;
        continue;
      }
      // the same text drawn twice a hair apart ("fake bold")
      if (seen.some((s) => s.str === g.str && Math.abs(s.x - g.x) < g.fs * 0.3 && Math.abs(s.y - g.y) < g.fs * 0.3)) continue;
      seen.push(g);
      if (text.length > 0) {
        const fs = Math.min(lastFs, g.fs);
        const gap = g.x - lastEnd;
        if (gap >= 1.2 * fs) {
          text += ' '.repeat(Math.max(2, Math.round(gap / (fs / 2))));
          gapped = true;
        } else if (spaceSeen || gap >= 0.25 * fs) {
          text += ' ';
        }
      }
      text += g.str;
      spaceSeen = false;
      lastEnd = Math.max(lastEnd, g.x + g.w);
      lastFs = g.fs;
      x0 = Math.min(x0, g.x);
      x1 = Math.max(x1, g.x + g.w);
    }
    if (text.trim() === '') continue;
    const trimmed = text.trim();
    const footer = PAGE_FOOTER.test(trimmed.replace(/\s+/g, ' ')) && (group.y > height * 0.85 || group.y < height * 0.1);
    lines.push({ page, index: 0, y: group.y, fs: group.fs, x0, x1, text: trimmed, gapped, footer });
  }
  lines.forEach((l, i) => (l.index = i + 1));
  return lines;
}
