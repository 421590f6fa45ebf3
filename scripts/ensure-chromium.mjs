// Makes sure a Chromium exists for the e2e tests. Never skips them silently: installs Debian's
// `chromium` (and CJK fonts, so screenshots show Chinese) when running as root with apt, else stops.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser'
].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
const hasFonts = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
if (found && hasFonts) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
	if (found) process.exit(0);
	console.error(
		'未找到 Chromium，端到端测试无法运行。No Chromium found for the end-to-end tests.\n' +
			'  Install it (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk)\n' +
			'  or point CHROMIUM_PATH at a Chromium/Chrome binary, then run the tests again.'
	);
	process.exit(1);
}
console.log(
	`Installing Debian chromium${hasFonts ? '' : ' and fonts-noto-cjk'} for the e2e tests…`
);
execSync('apt-get update -qq', { stdio: 'inherit' });
execSync(
	`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${found ? '' : 'chromium'} fonts-noto-cjk`,
	{ stdio: 'inherit' }
);
