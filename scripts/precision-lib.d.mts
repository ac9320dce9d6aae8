export declare const COUNTED_RULES: Set<string>;
export declare function lintedFiles(corpus: string, layouts: string, list: (dir: string) => string[]): { path: string; key: string }[];
export declare function findingKey(m: { ruleId: string | null; line: number; xxgkSeverity: string }): string;
export declare function pinnedFindings(
  json: Record<string, { finding: string; count?: number; why: string }[]>,
): Map<string, Map<string, number>>;
