// Playwright drives Debian's Chromium (its own browser download cannot reach this network).
// Installs it through apt-get when we are root on Debian; otherwise says how to get it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (isRoot && hasApt) {
		console.log(`Chromium absent (${chromium}) : installation avec apt-get…`);
		execSync('apt-get update -qq && apt-get install -y -qq chromium', {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	} else {
		console.error(
			`Chromium introuvable (${chromium}). Installez-le (Debian/Ubuntu : « sudo apt-get install chromium »),\n` +
				'ou indiquez son chemin dans la variable CHROMIUM_PATH, puis relancez « npm test ».'
		);
		process.exit(1);
	}
}
