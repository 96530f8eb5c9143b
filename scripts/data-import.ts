// npm run data:import -- FICHIER.csv [--data DOSSIER] [--dry-run] : le CSV modifié dans un tableur, vers data/topics.json.
import { importCommand } from '../src/lib/server/commands/data-import';

process.exitCode = importCommand(process.argv.slice(2));
