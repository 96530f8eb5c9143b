// A long table of links, prerendered: it works without JavaScript and ships none (no hydration data twice).
export const csr = false;
