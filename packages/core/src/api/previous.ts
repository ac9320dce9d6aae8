/**
 * Two reports are of the same body when their names are equal, or one is the
 * other with its province/city in front ("淮安市洪泽区人民政府" and
 * "洪泽区人民政府").
 */
export function sameBody(a: string, b: string): boolean {
  const x = a.replace(/\s+/g, '');
  const y = b.replace(/\s+/g, '');
  if (x === y) return x.length > 0;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (!long.endsWith(short) || short.startsWith('人民政府')) return false;
  return /(省|市|州|盟|自治区|地区)$/.test(long.slice(0, long.length - short.length));
}

export interface Described {
  filePath: string;
  body?: string;
  year?: number;
}

/** the previous year's report of the same body among the candidates (the latest one found first) */
export function findPrevious(report: Described, candidates: readonly Described[]): Described | undefined {
  if (!report.body || !report.year) return undefined;
  return candidates.find(
    (c) => c.filePath !== report.filePath && c.year === report.year! - 1 && c.body !== undefined && sameBody(c.body, report.body!),
  );
}
