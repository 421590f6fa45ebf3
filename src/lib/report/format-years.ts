import type { FormatVersion } from './schema';

/**
 * The format a year's report is expected in (2019 trial format for 2019–2020). Only for labelling
 * and generation: the parser decides a real report's format from its printed headers.
 */
export const formatForYear = (year: number): FormatVersion => (year >= 2021 ? '2021' : '2019');
