/** [start, end) in UTF-16 code units of the original (decoded) text */
export type Range = [number, number];
