// Where a source comes from: its kind (operator, State, press, other) read off its host by the table in
// data/source-hosts.json, and whether its host is banned (copies). Browser-safe.
import { formatDate } from '../format/french';

export const SOURCE_KINDS = ['operateur', 'etat', 'presse', 'autre'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The kinds that make a link trustworthy on their own: the operator's own site or another State site. */
export const OFFICIAL_KINDS: readonly SourceKind[] = ['operateur', 'etat'];

export interface SourceHostTable {
	kinds: { id: SourceKind; label: string; hosts: string[] }[];
	banned: { why: string; hosts: string[]; hostLabels: string[] };
}

export type SourceClass = { kind: SourceKind } | { banned: string };

/** The host in lower case, without `www.` and without the DNS root's trailing dot (`senat.fr.`). */
export function sourceHost(url: string): string {
	try {
		return new URL(url).hostname
			.toLowerCase()
			.replace(/\.$/, '')
			.replace(/^www\./, '');
	} catch {
		return '';
	}
}

const isUnder = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The kind of a source's host: the longest matching domain of the table wins (anct.gouv.fr is the operator's,
 * other *.gouv.fr the State's); a host the table does not know is « autre ». Banned hosts are named first.
 */
export function classifySource(url: string, table: SourceHostTable): SourceClass {
	const host = sourceHost(url);
	const labels = host.split('.');
	const bannedDomain = table.banned.hosts.find((domain) => isUnder(host, domain));
	const bannedLabel = table.banned.hostLabels.find((label) =>
		labels.slice(0, -2).some((part) => part === label || part.startsWith(`${label}-`))
	);
	if (bannedDomain || bannedLabel) return { banned: `${host} : ${table.banned.why}` };
	let best: { kind: SourceKind; length: number } = { kind: 'autre', length: 0 };
	for (const kind of table.kinds) {
		for (const domain of kind.hosts) {
			if (isUnder(host, domain) && domain.length > best.length) best = { kind: kind.id, length: domain.length };
		}
	}
	return { kind: best.kind };
}

export function sourceKind(url: string, table: SourceHostTable): SourceKind {
	const found = classifySource(url, table);
	return 'kind' in found ? found.kind : 'autre';
}

export function isOfficial(kind: SourceKind): boolean {
	return OFFICIAL_KINDS.includes(kind);
}

/**
 * A source as a short reference for print and plain text: « anah.fr, consultée le 28 novembre 2026 ». The host says
 * who speaks; the full address stays on the link.
 */
export function sourceRef(source: { url: string; checkedOn: string }): string {
	return `${sourceHost(source.url)}, consultée le ${formatDate(source.checkedOn)}`;
}
