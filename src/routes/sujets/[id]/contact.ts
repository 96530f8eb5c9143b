// Topic page: where « Contacter » leads for one operator. Browser-safe (a type).
/** The commune's local door when known, else the national page, with a note saying which. */
export interface Contact {
	url: string;
	label: string;
	national: boolean;
	note: string;
}
