/** The views every dataset must draw (bundled: views.e2e.ts; national scale: scale.e2e.ts). */
export const VIEWS = [
	{ name: 'overview', path: '/' },
	{ name: 'compare', path: '/compare?r=320813,540426&m=t2_license_decisions' },
	{ name: 'rank', path: '/rank?m=disclosure_rate&lvl=prefecture' },
	{ name: 'requests', path: '/requests' },
	{ name: 'review', path: '/review' },
	{ name: 'region', path: '/region?r=320813' },
	{ name: 'quality', path: '/quality?lvl=county&p=320800' }
];
