// npm run data:check [-- --data DOSSIER] [--fix] : valide data/, dit si les fichiers sont en forme canonique, compte.
import { checkCommand } from '../src/lib/server/commands/data-check';

process.exitCode = checkCommand(process.argv.slice(2));
