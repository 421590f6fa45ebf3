import { test } from '@playwright/test';
import { SHARED_LINKS } from '../shared-links';
import { fastMatchesEngine } from './drawn';

test('every shared link draws its first view without the engine, with the numbers DuckDB gives', async ({
	browser
}) => {
	await fastMatchesEngine(browser, SHARED_LINKS);
});
