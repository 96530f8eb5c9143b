// French formatting for the UI, the exports and the data commands: numbers, dates, plurals, lists, shares.
// Pure and browser-safe; every page and command calls these instead of writing its own.

const NUMBER = new Intl.NumberFormat('fr-FR');
const DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const PLURAL = new Intl.PluralRules('fr-FR');
const LIST = new Intl.ListFormat('fr-FR', { style: 'long', type: 'conjunction' });
const ALTERNATIVES = new Intl.ListFormat('fr-FR', { style: 'long', type: 'disjunction' });
const SHARE = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** « 1 644 », with the narrow no-break space French uses between thousands. */
export function formatNumber(value: number): string {
	return NUMBER.format(value);
}

/** « 28 novembre 2026 » from an ISO date; UTC so the day never shifts with the reader's time zone. */
export function formatDate(isoDate: string): string {
	return DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The noun agreed with a count, French rules (0 and 1 take the singular): « 1 sujet », « 0 sujet », « 2 sujets ». */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	return PLURAL.select(count) === 'one' ? singular : pluralForm;
}

/** « 1 sujet », « 1 644 sujets »: a count with its noun agreed. */
export function countLabel(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${formatNumber(count)} ${plural(count, singular, pluralForm)}`;
}

/** « Ademe, Cerema et ANCT ». */
export function listLabel(items: readonly string[]): string {
	return LIST.format(items);
}

/** « PVD, ACV ou ORT ». */
export function alternativesLabel(items: readonly string[]): string {
	return ALTERNATIVES.format(items);
}

/** « 4,7 % »: one decimal, enough to compare programmes without false precision. */
export function formatShare(ratio: number): string {
	return SHARE.format(ratio);
}

/** « 81 % »: whole percents, for rates shown beside bars. */
export function formatPercent(ratio: number): string {
	return PERCENT.format(ratio);
}
