// npm run data:export -- FICHIER.csv [--data DOSSIER] : la matrice en CSV, à ouvrir dans Excel ou LibreOffice.
import { exportCommand } from '../src/lib/server/commands/data-export';

process.exitCode = exportCommand(process.argv.slice(2));
