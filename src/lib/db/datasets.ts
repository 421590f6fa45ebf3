import { asset } from '$app/paths';

/** Tables the app loads, and where their published Parquet files are served. */
export const DATASETS = {
	reports: 'data/reports.parquet',
	regions: 'data/regions.parquet',
	validation: 'data/validation.parquet',
	texts: 'data/texts.parquet'
} as const;
export type TableName = keyof typeof DATASETS;

export const datasetUrl = (name: TableName) => asset(`/${DATASETS[name]}`);
