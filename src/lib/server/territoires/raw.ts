// Territoires: reads the vendored lists (data/territoires/) and the commune list (@etalab/decoupage-administratif). Node only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const TERRITOIRES_DIR = join(process.cwd(), 'data', 'territoires');
export const RAW_FILES = {
	programmes: 'anct_programmes.json',
	acv: 'acv_coeurdeville.js',
	qpv: 'qpv_2024.json.gz'
} as const;

export interface RawCommune {
	code: string;
	nom: string;
	type: string;
	departement?: string;
	region?: string;
	arrondissement?: string;
	population?: number;
	chefLieu?: string;
}

export interface RawInputs {
	communes: RawCommune[];
	departements: { code: string; nom: string; region: string; chefLieu: string; typeLiaison: number }[];
	regions: { code: string; nom: string }[];
	arrondissements: { code: string; nom: string; chefLieu: string }[];
	epci: { code: string; nom: string; membres: { code: string }[] }[];
	/** anct_programmes.json: one entry per commune in ACV, PVD or a signed ORT. */
	anct: Record<string, { label?: string; acv?: boolean; pvd?: boolean; pvd_signed_at?: string; ort?: boolean }>;
	/** acv_coeurdeville.js: ANCT's own list of Action cœur de ville communes. */
	acv: { insee_com: number | string; lib_com: string }[];
	qpv: { code: string; label: string; insee: string[] }[];
}

const require = createRequire(import.meta.url);
/** The package's data folder: read directly, its index.js resolves paths from the working directory. */
const DECOUPAGE = join(dirname(require.resolve('@etalab/decoupage-administratif/package.json')), 'data');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The ANCT cartography file is a script (`var JS_coeurdeville = {…}`): its object literal is JSON. */
export function parseAcvScript(text: string): RawInputs['acv'] {
	const json = text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
	const collection = JSON.parse(json) as { features: { properties: RawInputs['acv'][number] }[] };
	return collection.features.map((feature) => feature.properties);
}

export function readRawInputs(dir = TERRITOIRES_DIR): RawInputs {
	const decoupage = (name: string) => readJson(join(DECOUPAGE, `${name}.json`));
	const qpv = JSON.parse(gunzipSync(readFileSync(join(dir, RAW_FILES.qpv))).toString('utf8')) as {
		qpvs: RawInputs['qpv'];
	};
	return {
		communes: decoupage('communes') as RawCommune[],
		departements: decoupage('departements') as RawInputs['departements'],
		regions: decoupage('regions') as RawInputs['regions'],
		arrondissements: decoupage('arrondissements') as RawInputs['arrondissements'],
		epci: decoupage('epci') as RawInputs['epci'],
		anct: (readJson(join(dir, RAW_FILES.programmes)) as { communes: RawInputs['anct'] }).communes,
		acv: parseAcvScript(readFileSync(join(dir, RAW_FILES.acv), 'utf8')),
		qpv: qpv.qpvs.map(({ code, label, insee }) => ({ code, label, insee }))
	};
}
