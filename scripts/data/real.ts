import type { Report } from '../../src/lib/report';
import type { Region } from '../../src/lib/dataset/regions';
import type { ReportMeta } from '../../src/lib/dataset/rows';

export interface RealReport {
	meta: ReportMeta;
	report: Report;
}

/** Real reports under data/reports, parsed by the project's parser (wired in by the parser issue). */
export async function loadRealReports(_regions: Map<string, Region>): Promise<RealReport[]> {
	return [];
}
