/**
 * The Senate's reminder, paraphrased: the département's engineering desk orients requests, local
 * engineering comes first. Shared by the page and the e-mail text so both say the same.
 */
export const SUBSIDIARITY_PARAGRAPHS = [
	"Le guichet unique de l'ingénierie que chaque préfet met en place depuis la circulaire du 28 décembre 2023 doit fonctionner par subsidiarité, et non comme un circuit centralisé : là où les circuits locaux fonctionnent, il ne doit pas les désorganiser.",
	"Avant de solliciter un opérateur de l'État, vérifiez ce que l'ingénierie locale peut apporter : agence technique départementale, conseil d'architecture, d'urbanisme et de l'environnement (CAUE), agence d'urbanisme, services de l'intercommunalité (EPCI). Les élus et les collectivités y sont souvent directement impliqués.",
	"Le rôle des services de l'État est d'orienter la demande, pas de la capter : le rapport met en garde contre un aiguillage qui dirigerait les demandes vers les seules agences de l'État ou les prestataires des marchés nationaux, au détriment des acteurs locaux de l'ingénierie."
] as const;

export const SUBSIDIARITY_REFERENCE =
	"Sénat, délégation aux collectivités territoriales et à la décentralisation, rapport d'information n° 126 (2024-2025) de Mmes Sonia de La Provôté et Céline Brulin, « ANCT : 18 mois après le rapport du Sénat, poursuite d'un dialogue exigeant », adopté le 7 novembre 2024, partie 2, E.";

export const SUBSIDIARITY_REFERENCE_URL = 'http://www.senat.fr/commission/decentralisation/index.html';
