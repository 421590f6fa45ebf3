/**
 * The fixed list of shared links the bench times and the e2e suite checks (fast first view ≡
 * engine): every view, non-default metrics, year ranges, drill-downs, region profiles, quality,
 * real-only and consistent-only. None is the default view (those come from prebuilt.json).
 * Timeliness and corrections are left out: their charts and lists come from queries only DuckDB
 * answers (the fast path mirrors none of them), so they have no first view without the engine.
 */
export const SHARED_LINKS: readonly string[] = [
	'/?m=disclosure_rate&y=2023&lvl=county&p=320000',
	'/?m=t2_license_decisions&y=2021&lvl=prefecture',
	'/?m=review_correction_rate&lvl=county&p=320800',
	'/?y=2022&real=1',
	'/?m=t2_fee_amount_10k_cny&y=2024&lvl=prefecture&p=440000',
	'/compare?m=disclosure_rate&r=540426%2C320813%2C110000',
	'/compare?m=t2_license_decisions&r=540426%2C320813&from=2021&to=2024',
	'/compare?m=t4_review_total&r=110000%2C310000%2C440000&ok=1',
	'/compare?m=unable_rate&r=320813&real=1',
	'/rank?m=disclosure_rate&y=2024&lvl=county&p=320000',
	'/rank?m=t3_new_received__total&y=2020&lvl=prefecture',
	'/rank?m=natural_person_share&y=2023&lvl=county&p=330000&n=50',
	'/requests?lvl=prefecture&p=320000',
	'/requests?by=region&y=2022&lvl=county&p=320800',
	'/requests?from=2021&to=2025&lvl=province',
	'/review?lvl=county&p=320800',
	'/review?by=region&y=2024&lvl=prefecture',
	'/review?real=1&lvl=county',
	'/region?r=320813&y=2023',
	'/region?r=540426',
	'/quality?lvl=county&p=320800',
	'/quality?lvl=prefecture&from=2022&to=2025'
];

/**
 * Department and township links at national scale (the 1M dataset only; scale.e2e.ts): views that
 * read a level's sums by region × year × scope, which the fast path serves as it does governments.
 */
export const LOWER_LEVEL_LINKS: readonly string[] = [
	'/?body=township&lvl=county',
	'/?m=disclosure_rate&y=2023&lvl=county&p=320000&body=department',
	'/rank?m=disclosure_rate&lvl=county&p=320000&body=department',
	'/rank?m=t3_new_received__total&y=2021&lvl=county&p=320800&body=township',
	'/compare?r=320813,540426&body=department',
	'/requests?by=region&lvl=county&p=320800&body=department',
	'/review?lvl=county&body=township'
];
