// data/: zod with its French locale, so no message of zod's own (« Unrecognized key ») reaches a maintainer in English.
import { z } from 'zod';

z.config(z.locales.fr());

export { z };
