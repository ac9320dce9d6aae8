import type { AnnualReport, PartNumber } from '../../model/types.js';
import type { BodyKind } from '../../types.js';
import { parsePart } from './scope.js';
import type { WhenSpec } from './spec.js';

/** a compiled `when`: does the rule run on this report? */
export type ReportFilter = (report: AnnualReport) => boolean;

/**
 * Is this part wholly in the text? Always so for a whole report; in an
 * excerpt, not the parts it leaves out nor the last one present (the copy
 * stops inside it).
 */
function partInFull(report: AnnualReport, part: PartNumber): boolean {
  const excerpt = report.excerpt;
  if (!excerpt) return true;
  if (excerpt.missing.includes(part)) return false;
  return part < Math.max(...report.parts.map((p) => p.number));
}

/** A report of an unknown body kind is not judged by a rule for some kinds; one of an unknown year is judged unless `unknownYear: skip`. */
export function compileWhen(when: WhenSpec | undefined): ReportFilter {
  if (!when) return () => true;
  const kinds: BodyKind[] | undefined = when.bodyKind === undefined ? undefined : [when.bodyKind].flat();
  const hasParts = (when.hasParts ?? []).map((p) => parsePart(p) as PartNumber);
  const inFull = (when.partsInFull ?? []).map((p) => parsePart(p) as PartNumber);
  return (report) => {
    const { bodyKind, year } = report.metadata;
    if (kinds && (bodyKind === undefined || !kinds.includes(bodyKind))) return false;
    if (when.yearFrom !== undefined || when.yearTo !== undefined) {
      if (year === undefined) {
        if (when.unknownYear === 'skip') return false;
      } else if ((when.yearFrom !== undefined && year < when.yearFrom) || (when.yearTo !== undefined && year > when.yearTo)) return false;
    } else if (year === undefined && when.unknownYear === 'skip') return false;
    if (hasParts.some((p) => !report.part(p))) return false;
    return inFull.every((p) => partInFull(report, p));
  };
}
