// Communes: what a département's data file holds, as the pages and the browser read it. Browser-safe (types only).
import type { Commune } from './types';

export interface DoorView {
	operatorId: string;
	name: string;
	city?: string;
	role: string;
	contact: { url: string; title: string };
	/** No official page names the local door: `contact` is the operator's national page. */
	national: boolean;
	sources: { url: string; title: string; checkedOn: string }[];
}

export interface DepartementData {
	code: string;
	nom: string;
	/** « de la Nièvre »: the name as it follows « préfecture ». */
	de: string;
	region: { code: string; nom: string };
	communes: Commune[];
	epci: Record<string, string>;
	qpv: Record<string, string>;
	/** Arrondissement code → the town of its sous-préfecture (absent for the préfecture's own arrondissement). */
	sousPrefectures: Record<string, string>;
	doors: DoorView[];
	/** The département's own engineering bodies, when a source names them. */
	localEngineering?: { bodies: { name: string; kind: string }[]; sources: DoorView['sources'] };
}

/** « 58194 » → « 58 », « 97105 » → « 971 », « 2A004 » → « 2A »: the département a commune's data file is under. */
export const departementOf = (code: string) =>
	code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);

export const isInseeCode = (value: string) => /^(\d{5}|2[AB]\d{3})$/.test(value);
