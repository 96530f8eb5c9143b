// Search: everyday words and acronyms mapped to the topics’ vocabulary. Browser-safe.
import { terms } from './normalise';

/**
 * What people type → what the data says. Keys and expansions are written as people write them and
 * folded at load, so « école » and « ecole » are one key. An expansion is searched as an alternative to
 * the typed word, never instead of it.
 */
const SYNONYMS: Record<string, string[]> = {
	// Programmes and procedures, by acronym
	pvd: ['petites villes de demain'],
	acv: ['action cœur de ville'],
	ort: ['opération de revitalisation de territoire'],
	opah: ['opération programmée amélioration habitat'],
	pig: ['programme intérêt général'],
	rhi: ['résorption habitat insalubre'],
	thirori: ['habitat insalubre remédiable'],
	ori: ['opération restauration immobilière'],
	npnru: ['nouveau programme national renouvellement urbain'],
	pnru: ['renouvellement urbain'],
	qpv: ['quartiers prioritaires politique de la ville'],
	crte: ['contrat relance transition écologique'],
	pnp: ['programme national ponts'],
	frla: ['restructuration locaux activité'],
	tete: ['territoire engagé transition écologique'],
	mpr: ['MaPrimeRénov'],
	mar: ['accompagnateur rénov'],
	vir: ['vente immeuble à rénover'],
	diif: ['dispositif intervention immobilière foncière'],
	cep: ['conseil énergie partagé'],
	irve: ['bornes de recharge'],
	aom: ['autorité organisatrice mobilité'],
	pdm: ['plan de mobilité'],
	avelo: ['vélo'],
	zfe: ['zone faibles émissions'],
	zan: ['zéro artificialisation nette'],
	pat: ['projet alimentaire territorial'],
	eit: ['écologie industrielle territoriale'],
	gemapi: ['inondations'],
	papi: ['inondations'],
	sfn: ['solutions fondées sur la nature'],
	cnfs: ['conseillers numériques'],
	thd: ['haut débit'],
	plu: ['urbanisme'],
	plui: ['urbanisme'],
	scot: ['urbanisme'],
	pcaet: ['plan climat'],
	ti: ['territoires d’industrie'],
	bdt: ['banque des territoires'],
	cdc: ['banque des territoires'],
	epci: ['intercommunalité'],
	// Everyday words the data's keywords do not already hold (it has « mairie », « école », « salle des fêtes »)
	comcom: ['communauté de communes', 'intercommunalité'],
	interco: ['intercommunalité'],
	copro: ['copropriété'],
	cantine: ['restauration collective'],
	usine: ['friche industrielle', 'industriel'],
	chauffage: ['chaleur'],
	chaufferie: ['chaleur renouvelable'],
	borne: ['IRVE', 'recharge'],
	crue: ['inondations'],
	inondé: ['inondations'],
	débordé: ['inondations'],
	rivière: ['inondations', 'GEMAPI'],
	submersion: ['inondations', 'littoral'],
	érosion: ['trait de côte'],
	canicule: ['îlots de chaleur', 'rafraîchissement'],
	hlm: ['logement social'],
	bailleur: ['logement social'],
	isolation: ['rénovation énergétique'],
	passoire: ['rénovation énergétique'],
	solaire: ['photovoltaïque'],
	panneaux: ['photovoltaïque'],
	éolienne: ['éolien'],
	vitrine: ['locaux commerciaux'],
	boutique: ['commerce'],
	médecin: ['santé'],
	fibre: ['haut débit'],
	internet: ['haut débit', 'numérique'],
	antenne: ['couverture mobile'],
	route: ['voirie'],
	trottoir: ['voirie', 'espace public'],
	bus: ['mobilité'],
	transport: ['mobilité'],
	arbre: ['renaturation', 'végétalisation'],
	bitume: ['désimperméabilisation'],
	terrain: ['foncier'],
	insalubre: ['habitat indigne'],
	'marchand de sommeil': ['habitat indigne'],
	vide: ['vacants'],
	âgé: ['autonomie'],
	vieillissement: ['autonomie'],
	handicap: ['autonomie'],
	senior: ['autonomie'],
	lampadaire: ['éclairage public'],
	subvention: ['financement'],
	emprunt: ['prêt'],
	'ma prime adapt': ['MaPrimeAdapt'],
	'ma prime rénov': ['MaPrimeRénov'],
	'caisse des dépôts': ['banque des territoires'],
	'personnes âgées': ['autonomie']
};

/** A folded key (one word or a phrase) and its folded expansions. */
export interface Synonym {
	key: string[];
	expansions: string[][];
}

export const SYNONYM_LIST: readonly Synonym[] = Object.entries(SYNONYMS)
	.map(([key, expansions]) => ({ key: terms(key), expansions: expansions.map((phrase) => terms(phrase)) }))
	// Longest keys first, so « salle des fêtes » wins over a shorter key inside it.
	.sort((a, b) => b.key.length - a.key.length);

/** The longest synonym key starting at `position` in the query's words, if any. */
export function synonymAt(words: readonly string[], position: number): Synonym | undefined {
	return SYNONYM_LIST.find((synonym) => synonym.key.every((word, offset) => words[position + offset] === word));
}
