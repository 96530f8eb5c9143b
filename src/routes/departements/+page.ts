// Plain lists of links: no JavaScript needed, none shipped.
export const csr = false;
