/** The `?src=` dataset of this page: where from, how many rows, or what went wrong. */
export const remote = $state({
	url: null as string | null,
	mode: 'replace' as 'replace' | 'add',
	rows: 0,
	message: null as string | null
});
