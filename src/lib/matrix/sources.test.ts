import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySource, sourceHost, sourceRef, type SourceHostTable } from './sources';

// The project's own table: these cases are the hosts the matrix actually cites, or cited before the clean-up.
const table = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../../data/source-hosts.json'), 'utf8')
) as SourceHostTable;
const kindOf = (url: string) => classifySource(url, table);

describe('the kind of a source, from its host', () => {
	it('calls the operators’ own sites « operateur », subdomains included', () => {
		for (const url of [
			'https://www.cerema.fr/fr/actualites/x',
			'https://reseaux-chaleur.cerema.fr/x',
			'https://agirpourlatransition.ademe.fr/x',
			'https://www.banquedesterritoires.fr/x',
			'https://agence-cohesion-territoires.gouv.fr/x',
			'https://lesbases.anct.gouv.fr/x'
		])
			expect(kindOf(url), url).toEqual({ kind: 'operateur' });
	});

	it('calls other State sites « etat », the longest matching domain winning over *.gouv.fr', () => {
		expect(kindOf('https://www.ecologie.gouv.fr/x')).toEqual({ kind: 'etat' });
		expect(kindOf('https://www.legifrance.gouv.fr/x')).toEqual({ kind: 'etat' });
		expect(kindOf('https://senat.fr./rap/r24-126/r24-126_mono.html')).toEqual({ kind: 'etat' });
		expect(kindOf('https://anct.gouv.fr/x')).toEqual({ kind: 'operateur' });
	});

	it('tells press from other sites, and does not mistake a look-alike host', () => {
		expect(kindOf('https://www.lagazettedescommunes.com/x')).toEqual({ kind: 'presse' });
		expect(kindOf('https://www.velo-territoires.org/x')).toEqual({ kind: 'autre' });
		expect(kindOf('https://notcerema.fr/x')).toEqual({ kind: 'autre' });
		expect(kindOf('https://cerema.fr.example.com/x')).toEqual({ kind: 'autre' });
	});

	it('bans copies: document-sharing sites, cloud buckets, staging and dev hosts, the Senate’s mirror', () => {
		for (const url of [
			'https://fdocuments.fr/document/x',
			'https://fr.readkong.com/page/x',
			'https://roberttboucher.s3.amazonaws.com/x.pdf',
			'https://infopro-le-moniteur-staging.web.arc-cdn.net/x',
			'https://dev.precarite-energie.org/x',
			'https://conferenceconsensuslogement.senat.fr/rap/r24-126/r24-1265.html'
		])
			expect(kindOf(url), url).toHaveProperty('banned');
	});

	it('reads the host without www. nor the DNS root dot', () => {
		expect(sourceHost('https://WWW.Senat.fr./rap')).toBe('senat.fr');
	});
});

describe('short source references', () => {
	it('name the host without www and the reading date in French', () => {
		expect(sourceRef({ url: 'https://www.anah.gouv.fr/collectivites/page?x=1', checkedOn: '2026-11-28' })).toBe(
			'anah.gouv.fr, consultée le 28 novembre 2026'
		);
	});
});
