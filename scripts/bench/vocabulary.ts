/**
 * French vocabulary for the synthetic national corpus: what a département's local engineering actors help
 * communes with. Real-looking, not real: it only has to make search behave as it would on the national data.
 */

export interface Subject {
	label: string;
	theme: number;
	keywords: string[];
	programmes: string[];
}

export const THEMES = [
	'Centres-villes et centres-bourgs',
	'Habitat et logement',
	'Transition énergétique',
	'Climat, risques et résilience',
	'Eau, biodiversité et paysages',
	'Mobilités',
	'Équipements et bâtiments publics',
	'Numérique et données',
	'Économie locale et emploi',
	'Stratégie et ingénierie de projet'
] as const;

const s = (label: string, theme: number, keywords: string[], programmes: string[] = []): Subject => ({
	label,
	theme,
	keywords,
	programmes
});

export const SUBJECTS: Subject[] = [
	s(
		'Revitalisation du centre-bourg',
		0,
		['cœur de village', 'dévitalisation', 'commerces vacants'],
		['Petites villes de demain']
	),
	s(
		'Redynamisation des commerces de proximité',
		0,
		['vacance commerciale', 'boutiques', 'linéaire commercial'],
		['Action cœur de ville']
	),
	s('Requalification des espaces publics', 0, ['place du village', 'aménagement urbain', 'voirie apaisée']),
	s('Opération de revitalisation de territoire', 0, ['ORT', 'convention', 'périmètre'], ['Petites villes de demain']),
	s('Reconversion des friches industrielles', 0, ['friche', 'site pollué', 'recyclage foncier'], ['Fonds vert']),
	s('Dépollution des sols', 0, ['sites et sols pollués', 'diagnostic pollution', 'terres excavées'], ['Fonds vert']),
	s(
		'Renouvellement urbain des quartiers prioritaires',
		0,
		['QPV', 'démolition reconstruction', 'mixité sociale'],
		['NPNRU']
	),
	s('Patrimoine bâti et sites remarquables', 0, ['monument', 'site patrimonial remarquable', 'restauration']),
	s('Lutte contre l’habitat indigne', 1, ['insalubrité', 'péril', 'marchands de sommeil'], ['OPAH-RU']),
	s('Copropriétés dégradées', 1, ['syndic', 'plan de sauvegarde', 'copro'], ['Plan initiative copropriétés']),
	s('Rénovation énergétique des logements', 1, ['passoires thermiques', 'isolation', 'DPE'], ['MaPrimeRénov’']),
	s('Adaptation des logements au vieillissement', 1, ['autonomie', 'perte d’autonomie', 'seniors'], ['MaPrimeAdapt’']),
	s('Logements vacants', 1, ['vacance', 'remise sur le marché', 'bâti ancien']),
	s('Programme local de l’habitat', 1, ['PLH', 'politique du logement', 'intercommunalité']),
	s('Logement des saisonniers et des jeunes', 1, ['travailleurs saisonniers', 'résidence jeunes actifs']),
	s('Accession sociale à la propriété', 1, ['bail réel solidaire', 'BRS', 'organisme foncier solidaire']),
	s(
		'Rénovation énergétique des écoles',
		2,
		['bâtiments scolaires', 'isolation', 'groupe scolaire'],
		['Fonds vert', 'EduRénov']
	),
	s(
		'Rénovation énergétique des bâtiments communaux',
		2,
		['mairie', 'salle des fêtes', 'décret tertiaire'],
		['Fonds vert']
	),
	s('Éclairage public économe', 2, ['LED', 'extinction nocturne', 'lampadaires'], ['Fonds vert']),
	s('Réseaux de chaleur', 2, ['chaufferie bois', 'géothermie', 'chaleur renouvelable'], ['Fonds chaleur']),
	s('Photovoltaïque sur les toitures publiques', 2, ['panneaux solaires', 'autoconsommation', 'ombrières']),
	s('Méthanisation', 2, ['biogaz', 'méthaniseur', 'effluents agricoles'], ['Fonds chaleur']),
	s('Éolien et acceptabilité locale', 2, ['éoliennes', 'parc éolien', 'concertation']),
	s('Planification énergétique territoriale', 2, ['PCAET', 'plan climat', 'bilan carbone']),
	s('Économe de flux mutualisé', 2, ['conseil en énergie partagé', 'CEP', 'suivi des consommations']),
	s('Prévention des inondations', 3, ['crues', 'PAPI', 'zone inondable'], ['Fonds Barnier']),
	s('Recul du trait de côte', 3, ['érosion côtière', 'submersion marine', 'littoral'], ['Fonds vert']),
	s('Retrait-gonflement des argiles', 3, ['fissures', 'sécheresse', 'sols argileux']),
	s('Risque feux de forêt', 3, ['incendies', 'débroussaillement', 'défense des forêts']),
	s('Adaptation au changement climatique', 3, ['canicule', 'îlots de chaleur', 'vulnérabilité'], ['Fonds vert']),
	s('Renaturation des cours d’école', 3, ['désimperméabilisation', 'végétalisation', 'cour oasis'], ['Fonds vert']),
	s('Plan communal de sauvegarde', 3, ['PCS', 'gestion de crise', 'alerte population']),
	s('Mouvements de terrain et cavités', 3, ['éboulements', 'glissement de terrain', 'marnières']),
	s('Eau potable et sécurisation de la ressource', 4, ['captage', 'interconnexion', 'sécheresse'], ['Plan eau']),
	s('Assainissement des eaux usées', 4, ['station d’épuration', 'STEP', 'réseau collectif']),
	s('Gestion des eaux pluviales', 4, ['ruissellement', 'noues', 'infiltration à la parcelle']),
	s('Restauration des zones humides', 4, ['tourbières', 'mares', 'milieux aquatiques']),
	s('Continuité écologique des rivières', 4, ['seuils', 'moulins', 'GEMAPI']),
	s(
		'Atlas de la biodiversité communale',
		4,
		['ABC', 'inventaire naturaliste', 'faune flore'],
		['Office français de la biodiversité']
	),
	s('Trame verte et bleue', 4, ['corridors écologiques', 'haies', 'SRADDET']),
	s('Zéro artificialisation nette', 4, ['ZAN', 'sobriété foncière', 'consommation d’espaces']),
	s('Plan de mobilité simplifié', 5, ['mobilité rurale', 'autorité organisatrice', 'AOM']),
	s('Pistes cyclables et aménagements vélo', 5, ['vélo', 'voie verte', 'schéma cyclable'], ['Fonds mobilités actives']),
	s('Transport à la demande', 5, ['TAD', 'navettes', 'desserte rurale']),
	s('Covoiturage et autopartage', 5, ['aires de covoiturage', 'voitures partagées']),
	s('Bornes de recharge électrique', 5, ['IRVE', 'véhicules électriques', 'schéma directeur'], ['Advenir']),
	s('Sécurité routière en agglomération', 5, ['zone 30', 'ralentisseurs', 'traversée de bourg']),
	s('Pôles d’échanges multimodaux', 5, ['gare', 'intermodalité', 'parking relais']),
	s(
		'Entretien des ponts et ouvrages d’art',
		6,
		['ouvrages d’art', 'passerelles', 'inspection'],
		['Programme national ponts']
	),
	s('Voirie communale', 6, ['chaussée', 'routes communales', 'nids-de-poule']),
	s('Construction d’une école', 6, ['groupe scolaire', 'équipement scolaire', 'restaurant scolaire']),
	s('Maison de santé pluriprofessionnelle', 6, ['désert médical', 'médecins', 'centre de santé']),
	s('Équipements sportifs', 6, ['gymnase', 'terrain de sport', 'piscine'], ['Plan 5000 équipements']),
	s('Accessibilité des bâtiments publics', 6, ['PMR', 'handicap', 'ad’ap']),
	s(
		'Restauration scolaire et alimentation durable',
		6,
		['cantine', 'circuits courts', 'loi Egalim'],
		['Projet alimentaire territorial']
	),
	s('Tiers-lieux et espaces de coworking', 6, ['tiers lieu', 'fabrique de territoire', 'coworking']),
	s('France services', 6, ['maison France services', 'accès aux services publics', 'guichet']),
	s('Très haut débit et fibre optique', 7, ['fibre', 'zones blanches', 'couverture mobile']),
	s('Inclusion numérique', 7, ['conseillers numériques', 'illettrisme numérique', 'médiation']),
	s('Données territoriales ouvertes', 7, ['open data', 'SIG', 'cartographie']),
	s('Dématérialisation des autorisations d’urbanisme', 7, [
		'permis de construire en ligne',
		'ADS',
		'guichet numérique'
	]),
	s('Cybersécurité des collectivités', 7, ['rançongiciel', 'sauvegardes', 'sécurité informatique']),
	s('Jumeau numérique du territoire', 7, ['modélisation 3D', 'données urbaines', 'simulation']),
	s('Zones d’activités économiques', 8, ['ZAE', 'requalification', 'foncier économique']),
	s(
		'Réindustrialisation et implantation d’usines',
		8,
		['industrie', 'sites clés en main', 'Territoires d’industrie'],
		['Territoires d’industrie']
	),
	s('Tourisme et itinérance douce', 8, ['hébergement touristique', 'randonnée', 'véloroute']),
	s('Économie sociale et solidaire', 8, ['ESS', 'insertion', 'coopératives']),
	s('Dernier commerce du village', 8, ['multiservices', 'épicerie', 'bar restaurant']),
	s('Agriculture et installation des jeunes agriculteurs', 8, ['foncier agricole', 'transmission', 'maraîchage']),
	s('Filière bois et forêt communale', 8, ['sylviculture', 'bois d’œuvre', 'ONF']),
	s(
		'Économie circulaire et déchets',
		8,
		['recyclerie', 'tri à la source', 'biodéchets'],
		['Fonds économie circulaire']
	),
	s('Projet de territoire', 9, ['stratégie', 'feuille de route', 'diagnostic territorial']),
	s('Contrat de relance et de transition écologique', 9, ['CRTE', 'contractualisation', 'État local']),
	s('Plan local d’urbanisme intercommunal', 9, ['PLUi', 'document d’urbanisme', 'zonage']),
	s('Schéma de cohérence territoriale', 9, ['SCoT', 'planification', 'armature urbaine']),
	s('Montage juridique et financier de projet', 9, ['maîtrise d’ouvrage', 'marchés publics', 'plan de financement']),
	s('Assistance à maîtrise d’ouvrage', 9, ['AMO', 'cahier des charges', 'programmation']),
	s(
		'Recrutement d’un chef de projet',
		9,
		['chef de projet', 'poste cofinancé', 'ingénierie locale'],
		['Volontariat territorial en administration']
	),
	s('Coopération intercommunale', 9, ['mutualisation', 'EPCI', 'communauté de communes'])
];

export interface Actor {
	name: string;
	acronym: string;
}

export const ACTORS: Actor[] = [
	{ name: 'Agence technique départementale', acronym: 'ATD' },
	{ name: 'Conseil d’architecture, d’urbanisme et de l’environnement', acronym: 'CAUE' },
	{ name: 'Agence départementale d’information sur le logement', acronym: 'ADIL' },
	{ name: 'Agence locale de l’énergie et du climat', acronym: 'ALEC' },
	{ name: 'Agence de développement et d’urbanisme', acronym: 'ADU' },
	{ name: 'Syndicat départemental d’énergie', acronym: 'SDE' },
	{ name: 'Établissement public foncier local', acronym: 'EPFL' },
	{ name: 'Parc naturel régional', acronym: 'PNR' },
	{ name: 'Direction départementale des territoires', acronym: 'DDT' },
	{ name: 'Conseil départemental, ingénierie territoriale', acronym: 'CD' },
	{ name: 'Syndicat mixte de l’eau et de l’assainissement', acronym: 'SMEA' },
	{ name: 'Société d’économie mixte d’aménagement', acronym: 'SEM' },
	{ name: 'Chambre de commerce et d’industrie', acronym: 'CCI' },
	{ name: 'Espace conseil France Rénov’', acronym: 'ECFR' }
];

/** The 101 départements, with their codes. */
export const DEPARTEMENTS: [code: string, name: string][] = (
	'01 Ain|02 Aisne|03 Allier|04 Alpes-de-Haute-Provence|05 Hautes-Alpes|06 Alpes-Maritimes|07 Ardèche|08 Ardennes|' +
	'09 Ariège|10 Aube|11 Aude|12 Aveyron|13 Bouches-du-Rhône|14 Calvados|15 Cantal|16 Charente|17 Charente-Maritime|' +
	'18 Cher|19 Corrèze|2A Corse-du-Sud|2B Haute-Corse|21 Côte-d’Or|22 Côtes-d’Armor|23 Creuse|24 Dordogne|25 Doubs|' +
	'26 Drôme|27 Eure|28 Eure-et-Loir|29 Finistère|30 Gard|31 Haute-Garonne|32 Gers|33 Gironde|34 Hérault|' +
	'35 Ille-et-Vilaine|36 Indre|37 Indre-et-Loire|38 Isère|39 Jura|40 Landes|41 Loir-et-Cher|42 Loire|43 Haute-Loire|' +
	'44 Loire-Atlantique|45 Loiret|46 Lot|47 Lot-et-Garonne|48 Lozère|49 Maine-et-Loire|50 Manche|51 Marne|' +
	'52 Haute-Marne|53 Mayenne|54 Meurthe-et-Moselle|55 Meuse|56 Morbihan|57 Moselle|58 Nièvre|59 Nord|60 Oise|' +
	'61 Orne|62 Pas-de-Calais|63 Puy-de-Dôme|64 Pyrénées-Atlantiques|65 Hautes-Pyrénées|66 Pyrénées-Orientales|' +
	'67 Bas-Rhin|68 Haut-Rhin|69 Rhône|70 Haute-Saône|71 Saône-et-Loire|72 Sarthe|73 Savoie|74 Haute-Savoie|75 Paris|' +
	'76 Seine-Maritime|77 Seine-et-Marne|78 Yvelines|79 Deux-Sèvres|80 Somme|81 Tarn|82 Tarn-et-Garonne|83 Var|' +
	'84 Vaucluse|85 Vendée|86 Vienne|87 Haute-Vienne|88 Vosges|89 Yonne|90 Territoire de Belfort|91 Essonne|' +
	'92 Hauts-de-Seine|93 Seine-Saint-Denis|94 Val-de-Marne|95 Val-d’Oise|971 Guadeloupe|972 Martinique|973 Guyane|' +
	'974 La Réunion|976 Mayotte'
)
	.split('|')
	.map((item) => {
		const space = item.indexOf(' ');
		return [item.slice(0, space), item.slice(space + 1)];
	});

/** Words for the offer sentences (displayed, not what people search for). */
export const OFFER_VERBS = ['accompagne', 'conseille', 'finance', 'outille', 'forme', 'oriente'];
export const OFFER_OBJECTS = [
	'les communes rurales',
	'les intercommunalités',
	'les syndicats mixtes',
	'les petites villes',
	'les élus et leurs services'
];
export const OFFER_MEANS = [
	'par une étude de faisabilité et un appui au montage du dossier de financement',
	'par un chef de projet mis à disposition pendant la phase de conception',
	'par un diagnostic gratuit et des visites sur site avec les services techniques',
	'par des guides, des données ouvertes et une formation des agents',
	'par une subvention d’ingénierie couvrant une partie des études préalables'
];
