// The site navigation: its sections and which one is current. Browser-safe.
/** The site's sections, in menu order; the layout and the tests read the same list. */
export const NAV_ITEMS = [
	{ href: '/', label: 'Rechercher' },
	{ href: '/orientation', label: 'Orienter une demande' },
	{ href: '/matrice', label: 'La matrice' },
	{ href: '/chevauchements', label: 'Chevauchements' },
	{ href: '/recommandations', label: 'Recommandations du Sénat' },
	{ href: '/glossaire', label: 'Sigles' },
	{ href: '/a-propos', label: 'À propos' }
] as const;

/** A section is current on its own page and on the pages below it; home only on itself. */
export function isCurrentSection(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(`${href}/`);
}
