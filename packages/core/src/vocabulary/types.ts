/**
 * The keys of the national format (国办公开办函〔2021〕30号, domain.md): its
 * parts, the rows and columns of its tables, the kinds of body that report.
 * A leaf module: the formats, the model and the rules all name these.
 */

/** 乡镇（街道）, 县级以上人民政府, 政府部门 */
export type BodyKind = 'township' | 'government' | 'department';

export type PartNumber = 1 | 2 | 3 | 4 | 5 | 6;

export type Table2Row = 'regulation' | 'normativeDocument' | 'license' | 'penalty' | 'enforcement' | 'fee';

/** rows of the 2019 trial table 二 (domain.md §3.1): the 2021 rows with the trial columns, and two rows of its own */
export type Table2TrialRow = Table2Row | 'otherServices' | 'procurement';

export type Table3Column = 'natural' | 'commercial' | 'research' | 'publicInterest' | 'legalService' | 'otherOrg' | 'total';

export type Table3Row =
  | 'new'
  | 'carriedOver'
  | 'granted'
  | 'partlyGranted'
  | 'refused1' | 'refused2' | 'refused3' | 'refused4' | 'refused5' | 'refused6' | 'refused7' | 'refused8'
  | 'unable1' | 'unable2' | 'unable3'
  | 'notProcessed1' | 'notProcessed2' | 'notProcessed3' | 'notProcessed4' | 'notProcessed5'
  | 'other1' | 'other2' | 'other3'
  /** the 2019 trial layout's single （六）其他处理 row */
  | 'otherSingle'
  | 'resultTotal'
  | 'carriedForward';

export type Table4Group = 'review' | 'litigationDirect' | 'litigationAfterReview';
export type Table4Column = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';
