// Communes: whether a commune may ask for an offer (`eligibleIf`), and why, in words. Browser-safe.
import { eligibilityText, type Condition, type ProgrammeLabel } from '../matrix/eligibility';
import { formatNumber } from '../format/french';
import { isListedProgramme, type ListedProgramme } from './types';

export type Verdict = 'oui' | 'non' | 'inconnu';

export const VERDICT_LABELS: Record<Verdict, string> = {
	oui: 'Ouvert à votre commune',
	non: 'Pas ouvert à votre commune',
	inconnu: 'À vérifier pour votre commune'
};

/** What the eligibility needs to know of a commune. */
export interface CommuneFacts {
	nom: string;
	population: number | null;
	programmes: readonly ListedProgramme[];
}

export interface Eligibility {
	verdict: Verdict;
	reason: string;
}

const UNKNOWN = 'non renseigné ici : demandez à votre préfecture';

function judge(condition: Condition, commune: CommuneFacts, programmes: readonly ProgrammeLabel[]): Eligibility {
	if ('populationMax' in condition) {
		if (commune.population === null) return { verdict: 'inconnu', reason: `Population : ${UNKNOWN}.` };
		const count = `${commune.nom} compte ${formatNumber(commune.population)} habitants`;
		return commune.population <= condition.populationMax
			? { verdict: 'oui', reason: `${count}, au plus ${formatNumber(condition.populationMax)} demandés.` }
			: { verdict: 'non', reason: `${count}, plus que les ${formatNumber(condition.populationMax)} demandés.` };
	}
	const programme = programmes.find((candidate) => candidate.id === condition.programme);
	const who = programme?.communes ?? condition.programme;
	if (!isListedProgramme(condition.programme))
		return { verdict: 'inconnu', reason: `${programme?.label ?? condition.programme} : ${UNKNOWN}.` };
	return commune.programmes.includes(condition.programme)
		? { verdict: 'oui', reason: `${commune.nom} figure parmi ${who}.` }
		: { verdict: 'non', reason: `${commune.nom} ne figure pas parmi ${who}.` };
}

/** Any condition met opens the offer; otherwise an unknown one leaves it « à vérifier »; otherwise it is closed. */
export function communeEligibility(
	conditions: readonly Condition[],
	commune: CommuneFacts,
	programmes: readonly ProgrammeLabel[]
): Eligibility {
	if (conditions.length === 0) return { verdict: 'oui', reason: 'Ouvert à toutes les communes et intercommunalités.' };
	const judged = conditions.map((condition) => judge(condition, commune, programmes));
	const open = judged.find((item) => item.verdict === 'oui');
	if (open) return open;
	const reserved = `${eligibilityText(conditions, programmes)}.`;
	const unknown = judged.filter((item) => item.verdict === 'inconnu');
	const pick = unknown.length > 0 ? unknown : judged;
	return {
		verdict: unknown.length > 0 ? 'inconnu' : 'non',
		reason: `${reserved} ${pick.map((item) => item.reason).join(' ')}`
	};
}

const ORDER: Record<Verdict, number> = { oui: 0, inconnu: 1, non: 2 };

/** Offers open to the commune first, those to check next, closed ones last; never dropped. Stable otherwise. */
export function byVerdict<T>(items: readonly T[], verdictOf: (item: T) => Verdict | undefined): T[] {
	return [...items].sort((a, b) => ORDER[verdictOf(a) ?? 'oui'] - ORDER[verdictOf(b) ?? 'oui']);
}
