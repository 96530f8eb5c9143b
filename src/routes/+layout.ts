// The whole site is static: every route is prerendered at build time.
export const prerender = true;
