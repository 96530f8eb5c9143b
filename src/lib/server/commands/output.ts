/** Where a data command writes: the console for scripts, an array for tests that run commands in-process. */
export interface CommandOutput {
	out(text: string): void;
	err(text: string): void;
}

export const consoleOutput: CommandOutput = {
	out: (text) => console.log(text),
	err: (text) => console.error(text)
};
