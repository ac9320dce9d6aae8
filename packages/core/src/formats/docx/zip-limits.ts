import { IngestError } from '../errors.js';

/**
 * Zip-bomb limits for a .docx, checked on the central directory before anything is inflated
 * (declared sizes) and again while a part inflates (declared sizes can lie): a Word report's
 * parts inflate to a few MB; images are never inflated (the converter drops them).
 */
export const ZIP_LIMITS = {
  /** all entries together, as declared */
  totalDeclaredBytes: 100 * 1024 * 1024,
  /** one part as read (document.xml, numbering.xml, styles.xml …), counted while it inflates */
  partBytes: 25 * 1024 * 1024,
  /** all parts read together, counted while they inflate */
  totalReadBytes: 50 * 1024 * 1024,
  /** an entry declared larger than this … */
  ratioCheckedAbove: 1024 * 1024,
  /** … may not inflate to more than this many times its compressed size (Word's XML: 5–40×) */
  maxRatio: 200,
};

export type ZipLimits = typeof ZIP_LIMITS;

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

export function zipBomb(detail: string): IngestError {
  return new IngestError(
    `这个 Word 文件解压后过大（${detail}），没有读取：可能已损坏或是恶意文件（“压缩炸弹”）。请在 Word 或 WPS 中打开确认，重新“另存为” .docx 后再检查，或提供 PDF、.txt。`,
  );
}

export interface DeclaredSize {
  name: string;
  compressed: number;
  uncompressed: number;
}

/** Throws the zip-bomb error when the declared sizes pass the limits (nothing inflated yet). */
export function checkDeclaredSizes(entries: readonly DeclaredSize[], limits: ZipLimits = ZIP_LIMITS): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressed;
    if (entry.uncompressed > limits.ratioCheckedAbove && entry.uncompressed > limits.maxRatio * Math.max(1, entry.compressed)) {
      const ratio = Math.round(entry.uncompressed / Math.max(1, entry.compressed));
      throw zipBomb(`“${entry.name}” 压缩了 ${ratio} 倍，解压后 ${MB(entry.uncompressed)} MB`);
    }
  }
  if (total > limits.totalDeclaredBytes) throw zipBomb(`解压后共 ${MB(total)} MB，上限 ${MB(limits.totalDeclaredBytes)} MB`);
}

/** The bytes the parts of one package inflate to, counted as they inflate. */
export class InflateBudget {
  private used = 0;

  constructor(private readonly limits: ZipLimits = ZIP_LIMITS) {}

  /** throws once part `name` has inflated to `soFar` bytes past a limit */
  check(name: string, soFar: number): void {
    if (soFar > this.limits.partBytes) throw zipBomb(`“${name}” 解压后超过 ${MB(this.limits.partBytes)} MB`);
    if (this.used + soFar > this.limits.totalReadBytes) throw zipBomb(`各部分解压后共超过 ${MB(this.limits.totalReadBytes)} MB`);
  }

  /** a part read whole: its bytes count towards the total */
  settle(bytes: number): void {
    this.used += bytes;
  }
}
