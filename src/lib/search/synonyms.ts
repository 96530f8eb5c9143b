// Search: everyday words and acronyms mapped to the topics’ vocabulary. Browser-safe.
import { terms } from './normalise';
import { isStopWord } from './stopwords';

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
	// « NPRU » is how many write the NPNRU, without its N for « national ».
	npru: ['NPNRU', 'renouvellement urbain'],
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
	// The CEP topic was withdrawn (no official source): its words lead to the energy strategy of public buildings.
	cep: ['conseiller en énergie partagé', 'économe de flux'],
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
	// Planning documents: the data names them (PLU, PLUi, SCoT) in the ZAN topic, never says « urbanisme ».
	urbanisme: ['PLU', 'SCoT'],
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
	inondée: ['inondations'],
	débordé: ['inondations'],
	rivière: ['inondations', 'GEMAPI'],
	submersion: ['inondations', 'littoral'],
	érosion: ['trait de côte'],
	canicule: ['îlots de chaleur', 'rafraîchissement'],
	hlm: ['logement social'],
	bailleur: ['logement social'],
	isolation: ['rénovation énergétique'],
	isoler: ['isolation', 'rénovation énergétique'],
	passoire: ['rénovation énergétique'],
	solaire: ['photovoltaïque'],
	panneaux: ['photovoltaïque'],
	éolienne: ['éolien'],
	fibre: ['haut débit'],
	internet: ['haut débit', 'numérique'],
	antenne: ['couverture mobile'],
	route: ['voirie'],
	trottoir: ['voirie', 'espace public'],
	bus: ['mobilité'],
	transport: ['mobilité'],
	arbre: ['renaturation', 'végétalisation'],
	// Hedges are the countryside's ecological corridors.
	haie: ['biodiversité', 'trame verte'],
	// Local produce for the canteen is the food topic's « circuits courts ».
	'produits locaux': ['circuits courts'],
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
	'personnes âgées': ['autonomie'],

	// Shops. The data says « commerce », « local vacant », « vacance commerciale »; people say « magasin ».
	magasin: ['commerce'],
	boutique: ['commerce'],
	// A shop window is the street's view of a shop: empty ones are the commercial vacancy topic.
	vitrine: ['vitrine vide', 'commerce'],
	// A closed shop is commercial vacancy. Read as a whole, because « fermé » folds to « ferme », the farm word.
	'commerce fermé': ['vacance commerciale', 'local vacant'],
	'commerces ferment': ['vacance commerciale', 'local vacant'],
	'magasin fermé': ['vacance commerciale', 'local vacant'],
	'magasins ferment': ['vacance commerciale', 'local vacant'],
	'boutique fermée': ['vacance commerciale', 'local vacant'],
	'fermeture des commerces': ['vacance commerciale', 'local vacant'],
	// The lowered shutter is the press's picture of a closed shop.
	'rideau baissé': ['vacance commerciale', 'vitrine vide'],
	'rideau fermé': ['vacance commerciale', 'vitrine vide'],

	// Heritage. A commune owns and keeps up its church (built before 1905) and its monuments as communal
	// buildings; none of the six operators funds heritage as such, so these lead to the building topics.
	église: ['bâtiment communal'],
	chapelle: ['bâtiment communal'],
	monument: ['bâtiment communal'],
	patrimoine: ['bâtiment communal'],

	// Sport and leisure facilities are communal buildings, often the most energy-hungry ones.
	// A pool's heat is a classic renewable-heat project (Fonds chaleur).
	piscine: ['bâtiment communal', 'chaleur renouvelable'],
	gymnase: ['bâtiment communal'],
	stade: ['bâtiment communal'],
	'salle de sport': ['bâtiment communal'],
	'équipement sportif': ['bâtiment communal'],
	médiathèque: ['bâtiment communal'],
	bibliothèque: ['bâtiment communal'],

	// Health. Whole phrases, so « carnet de santé » (a bridge's record) or « Prêt Territoires Santé » stay out.
	médecin: ['maison de santé', 'désert médical'],
	généraliste: ['maison de santé', 'désert médical'],
	'maison médicale': ['maison de santé'],
	dentiste: ['centre de santé'],
	infirmier: ['centre de santé'],
	kiné: ['maison de santé'],

	// A project manager is one post, read whole: « projet » alone would reach « Projets solaires et éoliens ».
	'chef de projet': ['cheffe de projet'],
	'chargé de mission': ['chef de projet'],

	// Requests use verbs where the topics use nouns.
	désimperméabiliser: ['désimperméabilisation'],
	végétaliser: ['végétalisation'],
	renaturer: ['renaturation'],
	dépolluer: ['dépollution'],
	reconvertir: ['reconversion'],
	réhabiliter: ['réhabilitation', 'rénovation'],
	revitaliser: ['revitalisation'],

	// Programme nicknames typed in pieces.
	'edu rénov': ['EduRénov']
};

const meaningful = (text: string) => terms(text).filter((word) => !isStopWord(word));

/** A folded key (one word or a phrase) and its folded expansions, stop-words left out. */
export interface Synonym {
	key: string[];
	expansions: string[][];
}

export const SYNONYM_LIST: readonly Synonym[] = Object.entries(SYNONYMS)
	.map(([key, expansions]) => ({ key: meaningful(key), expansions: expansions.map(meaningful) }))
	// Longest keys first, so « salle des fêtes » wins over a shorter key inside it.
	.sort((a, b) => b.key.length - a.key.length);

/** The longest synonym key starting at `position` in the query's meaningful words, if any. */
export function synonymAt(words: readonly string[], position: number): Synonym | undefined {
	return SYNONYM_LIST.find((synonym) => synonym.key.every((word, offset) => words[position + offset] === word));
}
