// Search: French words that carry no topic (« le », « pour »…). Browser-safe.
import { fold, singular } from './normalise';

/**
 * French words that carry no topic: articles, pronouns, prepositions, auxiliaries, and the wording of a
 * request (« nous souhaitons », « pourriez-vous nous aider », « il faudrait », « faire venir »). Dropped from
 * queries before scoring, so a pasted e-mail is reduced to its meaningful terms. « va » is the verb (« la
 * commune va rénover ») far more often than the acronym of Villages d'avenir; « municipal » qualifies any
 * building or council and names no topic.
 */
const WORDS = `
a à au aux avec ce ces cet cette ceci cela ça chez comme dans de des du elle elles en entre et eux il ils
je j l la le les leur leurs lui ma mais me même mes moi mon ne ni nos notre nous on ou où par pas pour
qu que quel quelle quels quelles qui quoi sa sans se ses si son sous sur ta te tes toi ton tu un une
vos votre vous y d c s n m t
est sont être etre été ete était étaient sera seront serait avoir ai as avons avez ont avait avaient aura
aurait fait faire font peut peuvent pouvons pouvez pourrait pourrions pourriez doit doivent devons
souhaite souhaitons souhaitent souhaiterions voulons voudrions veut veulent aimerions cherchons
cherche besoin merci bonjour madame monsieur cordialement salutations objet svp
aide aides aider aidez comment pourquoi quand combien très tres aussi ainsi donc alors
déjà deja encore tout tous toute toutes autre autres afin dont lequel laquelle ici là la-bas
cadre niveau part un deux trois quatre cinq fois an ans année années mois jour jours semaine
plusieurs chaque certains certaines beaucoup peu bien mal vraiment notamment car puis après avant depuis pendant vers
trop faut faudrait voudrait voudraient aimerait venir trouver municipal municipale municipaux
va vais vont
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
	WORDS.split(/\s+/)
		.filter(Boolean)
		.map((word) => singular(fold(word)))
);

export function isStopWord(term: string): boolean {
	return STOP_WORDS.has(term);
}
