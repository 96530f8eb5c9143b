// Communes: French place-name grammar for the pages (« de la Nièvre », « du Nord »). Browser-safe.

/**
 * INSEE's « type de nom en clair » (TNCC, `typeLiaison` in the commune list) says which article a name takes:
 * 0 « de », 1 « d' », 2 « du », 3 « de la », 4 « des », 5 « de l' », 6 « des », 7 « de las », 8 « de los ».
 */
const CHARNIERES = ['de ', "d'", 'du ', 'de la ', 'des ', "de l'", 'des ', 'de las ', 'de los '];

/** « de la Nièvre », « du Nord », « de l'Ain »: the name after « préfecture », with its article. */
export function withDe(nom: string, typeLiaison: number): string {
	// The list writes the article in the name for types 2 to 8 (« Le Nord » is written « Nord »): only the charnière is added.
	return `${CHARNIERES[typeLiaison] ?? 'de '}${nom}`;
}
