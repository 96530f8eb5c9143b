// French formatting for the UI, the exports and the data commands: numbers, dates, plurals, lists, shares.
// Pure and browser-safe; every page and command calls these instead of writing its own.

// Intl's formatters are made on first use, not when a page loads this module: Chromium's first one costs about
// 5 to 100 ms (ICU's data for its kind; four times that on a slow phone: ListFormat 100, DateTimeFormat 27). Whole
// numbers, ISO dates and lists, which is what the pages print, are written here without Intl, and french.test.ts
// checks that they say exactly what Intl says.
const lazy = <T>(make: () => T) => {
	let made: T | undefined;
	return () => (made ??= make());
};
const NUMBER = lazy(() => new Intl.NumberFormat('fr-FR'));
const DATE = lazy(
	() => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
);
const PLURAL = lazy(() => new Intl.PluralRules('fr-FR'));
const SHARE = lazy(
	() => new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
);
const PERCENT = lazy(() => new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }));

/** « 1 644 », with the narrow no-break space French uses between thousands. */
export function formatNumber(value: number): string {
	if (Number.isSafeInteger(value) && value >= 0) return String(value).replace(/\B(?=(\d{3})+$)/g, NARROW_NBSP);
	return NUMBER().format(value);
}

const MONTHS = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre'
];

/** « 28 novembre 2026 » from an ISO date; UTC so the day never shifts with the reader's time zone. */
export function formatDate(isoDate: string): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	// An unreadable date is left to Intl, which throws on it as it always did.
	if (Number.isNaN(date.getTime())) return DATE().format(date);
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The noun agreed with a count, French rules (0 and 1 take the singular): « 1 sujet », « 0 sujet », « 2 sujets ». */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	// French « one » is an integer part of 0 or 1 (CLDR); other whole counts take the plural here.
	const one = Number.isSafeInteger(count) ? Math.abs(count) < 2 : PLURAL().select(count) === 'one';
	return one ? singular : pluralForm;
}

/** « 1 sujet », « 1 644 sujets »: a count with its noun agreed. */
export function countLabel(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${formatNumber(count)} ${plural(count, singular, pluralForm)}`;
}

/** « a, b et c »: French lists put no comma before the last word. */
const joinFrench = (items: readonly string[], last: string) =>
	items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;

/** « Ademe, Cerema et ANCT ». */
export function listLabel(items: readonly string[]): string {
	return joinFrench(items, 'et');
}

/** « PVD, ACV ou ORT ». */
export function alternativesLabel(items: readonly string[]): string {
	return joinFrench(items, 'ou');
}

/** « 4,7 % »: one decimal, enough to compare programmes without false precision. */
export function formatShare(ratio: number): string {
	return SHARE().format(ratio);
}

/** « 81 % »: whole percents, for rates shown beside bars. */
export function formatPercent(ratio: number): string {
	return PERCENT().format(ratio);
}

/** U+202F, the narrow no-break space French puts before « ; : ! ? », inside « » and between thousands. */
export const NARROW_NBSP = '\u202F';
/** U+00A0, the no-break space between a number and its unit. */
export const NBSP = '\u00A0';

// Plain spaces only: a line break in the source stays a line break.
const SPACES = '[ \\u00A0\\u202F]*';
const OPENING_QUOTE = new RegExp(`«${SPACES}`, 'g');
const CLOSING_QUOTE = new RegExp(`${SPACES}»`, 'g');
// A mark ends a word or a quote; it must be followed by a space, the end or closing punctuation, so « https:// »,
// « ?q= » and « 10:30 » are left alone.
const HIGH_PUNCTUATION = new RegExp(`([^\\s;:!?«])${SPACES}([;:!?]+)(?=\\s|$|[»)\\]])`, 'gu');
// 1 to 3 digits, then groups of exactly 3: « 20 000 », « 1 500 000 »; « 2024 500 » is two numbers and stays.
const THOUSANDS = /(?<![\d,.])\d{1,3}(?:[ \u00A0]\d{3})+(?![\d,])/g;
const PERCENT_SIGN = /(\d)[ \u00A0]?(%)/g;
const UNITS =
	/(\d)[ \u00A0](Md€|M€|k€|€|km²|km|m²|m³|m|ha|TWh|GWh|MWh|kWh|GW|MW|kW|kg|t|tonnes?|°C|h|min|ans?|mois|jours?|millions?|milliards?|habitants?|hab\.)(?![\p{L}\d])/gu;
const NUMERO = /\bn°[ \u00A0]?(?=\d)/g;

/**
 * French typography for text read from data or written in the UI: a narrow no-break space before « ; : ! ? » and
 * inside « », no-break spaces inside numbers (« 20 000 ») and before units and % (« 3 500 habitants », « 40 % »).
 * Only spaces change, never letters; applying it twice changes nothing. The pages and the note's plain text call it
 * where data text is rendered; the data files themselves keep ordinary spaces.
 */
export function frenchTypography(text: string): string {
	return text
		.replace(OPENING_QUOTE, `«${NARROW_NBSP}`)
		.replace(CLOSING_QUOTE, `${NARROW_NBSP}»`)
		.replace(HIGH_PUNCTUATION, `$1${NARROW_NBSP}$2`)
		.replace(THOUSANDS, (number) => number.replace(/[ \u00A0]/g, NARROW_NBSP))
		.replace(PERCENT_SIGN, `$1${NARROW_NBSP}$2`)
		.replace(UNITS, `$1${NBSP}$2`)
		.replace(NUMERO, `n°${NBSP}`);
}
