// npm run data:territoires : reconstruit data/territoires/communes.json depuis les listes brutes de data/territoires/.
import { territoiresCommand } from '../src/lib/server/commands/data-territoires';

process.exitCode = territoiresCommand();
