// Types come from the zod schemas (server side); importing them as types ships no zod to the browser.
export type { Link, Operator, Source, Theme, Topic } from './server/data/schema';
export type { Dataset } from './server/data/validate';
