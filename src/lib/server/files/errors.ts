// Files: a file-system failure told in one French line naming the path, never a stack trace. Node only.

/** A failure the user can act on: its message is one line, printed as is. */
export class FileError extends Error {
	/** The cause alone, for messages that already name the file: « introuvable », « permission refusée ». */
	readonly reason: string;

	constructor(message: string, reason = message) {
		super(message);
		this.name = 'FileError';
		this.reason = reason;
	}
}

const CAUSES: Record<string, string> = {
	ENOENT: 'introuvable (le fichier ou son dossier n’existe pas)',
	EACCES: 'permission refusée',
	EPERM: 'opération non permise',
	EISDIR: 'c’est un dossier, pas un fichier',
	ENOTDIR: 'un élément du chemin n’est pas un dossier',
	ENOTEMPTY: 'c’est un dossier non vide',
	EEXIST: 'existe déjà',
	ENOSPC: 'disque plein',
	EDQUOT: 'quota disque dépassé',
	EROFS: 'système de fichiers en lecture seule',
	EBUSY: 'ressource occupée',
	ELOOP: 'trop de liens symboliques',
	ENAMETOOLONG: 'nom trop long',
	EMFILE: 'trop de fichiers ouverts',
	EXDEV: 'sur un autre système de fichiers',
	EIO: 'erreur d’entrée-sortie du disque'
};

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
	return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** « Impossible d’écrire /x/m.csv : permission refusée. » from a Node error; other errors are returned as they are. */
export function fileError(error: unknown, action: string, path: string): unknown {
	if (error instanceof FileError || !isSystemError(error)) return error;
	const code = error.code ?? '';
	const cause = CAUSES[code] ?? `erreur ${code}`;
	return new FileError(`Impossible ${action} ${path} : ${cause}.`, cause);
}
