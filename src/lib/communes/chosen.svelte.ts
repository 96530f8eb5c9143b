// Communes: the commune a reader chose, read from the address (`commune=58194`) or remembered on the device. Browser-safe.
import { getContext, setContext } from 'svelte';
import { communeEligibility, type Eligibility } from './eligibility';
import { departementOf, isInseeCode, type DepartementData } from './departement';
import type { Condition, ProgrammeLabel } from '../matrix/eligibility';
import type { Commune } from './types';

export const COMMUNE_PARAM = 'commune';
const STORAGE_KEY = 'qui-fait-quoi.commune';

/** The remembered choice; storage may be refused (private browsing, policies): then nothing is remembered. */
export function storedCommune(): string | null {
	try {
		const value = localStorage.getItem(STORAGE_KEY);
		return value && isInseeCode(value) ? value : null;
	} catch {
		return null;
	}
}

export function rememberCommune(code: string | null): void {
	try {
		if (code) localStorage.setItem(STORAGE_KEY, code);
		else localStorage.removeItem(STORAGE_KEY);
	} catch {
		// Not remembered: the address still carries the choice.
	}
}

// A cache of downloads shared by the page's components, never rendered: no reactivity wanted.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const departements = new Map<string, Promise<DepartementData | null>>();

/** A département's data file, fetched once per page load; null when no such département exists. */
export function fetchDepartement(code: string): Promise<DepartementData | null> {
	let pending = departements.get(code);
	if (!pending) {
		pending = fetch(`/donnees/departements/${code}.json`).then((response) => {
			if (response.status === 404) return null;
			if (!response.ok) throw new Error(`département ${code} : ${response.status}`);
			return response.json() as Promise<DepartementData>;
		});
		pending.catch(() => departements.delete(code));
		departements.set(code, pending);
	}
	return pending;
}

export type CommuneStatus = 'aucune' | 'chargement' | 'prête' | 'introuvable' | 'erreur';

/** The chosen commune and its département's data, loaded as the code changes. */
export class ChosenCommune {
	code = $state<string | null>(null);
	status = $state<CommuneStatus>('aucune');
	commune = $state<Commune | null>(null);
	departement = $state<DepartementData | null>(null);

	/**
	 * @param programmes labels of the programmes an offer may be reserved to
	 * @param conditions who may ask for each offer, by topic and operator, for lists that show offers by id only
	 */
	constructor(
		private readonly programmes: readonly ProgrammeLabel[],
		private readonly conditions: Record<string, Record<string, Condition[]>> = {}
	) {}

	/** Loads `code` (a valid INSEE code) or clears the choice; a stale answer never overwrites a newer choice. */
	async choose(code: string | null): Promise<void> {
		if (code === this.code && this.status !== 'erreur') return;
		this.code = code;
		this.commune = null;
		this.departement = null;
		if (!code || !isInseeCode(code)) {
			this.status = code ? 'introuvable' : 'aucune';
			return;
		}
		this.status = 'chargement';
		try {
			const departement = await fetchDepartement(departementOf(code));
			if (this.code !== code) return;
			const commune = departement?.communes.find((candidate) => candidate.code === code) ?? null;
			this.departement = departement;
			this.commune = commune;
			this.status = commune ? 'prête' : 'introuvable';
		} catch {
			if (this.code === code) this.status = 'erreur';
		}
	}

	/** « Nevers (58) », the way a name is told apart from its homonyms. */
	get label(): string {
		return this.commune ? `${this.commune.nom} (${this.commune.departement})` : '';
	}

	/** Whether the chosen commune may ask for an offer; undefined while no commune is ready. */
	eligibility(conditions: readonly Condition[]): Eligibility | undefined {
		return this.commune ? communeEligibility(conditions, this.commune, this.programmes) : undefined;
	}

	/** The same, for an offer known by its topic and operator (offers open to all have no entry: « oui »). */
	offerEligibility(topicId: string, operatorId: string): Eligibility | undefined {
		return this.eligibility(this.conditions[topicId]?.[operatorId] ?? []);
	}
}

const KEY = Symbol('chosen-commune');

export const setChosenCommune = (chosen: ChosenCommune) => setContext(KEY, chosen);
/** The page's chosen commune, if the page offers one (search results and notes are also shown without). */
export const getChosenCommune = () => getContext<ChosenCommune | undefined>(KEY);
