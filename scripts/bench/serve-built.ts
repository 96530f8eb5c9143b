/**
 * Serves build/ as a static host would in production: gzip, and a year of cache on hashed files (their name
 * changes with their content), revalidation for the rest. Node only; used by the Lighthouse bench, since
 * `vite preview` neither compresses nor sets long cache headers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

const IMMUTABLE = '/_app/immutable/';

export interface RunningServer {
	origin: string;
	close: () => Promise<void>;
}

export async function serveBuilt(buildDir: string): Promise<RunningServer> {
	const compress = compression();
	const files = sirv(buildDir, {
		extensions: ['html'],
		etag: true,
		setHeaders: (response, pathname) => {
			response.setHeader(
				'Cache-Control',
				pathname.startsWith(IMMUTABLE) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate'
			);
		}
	});
	const server: Server = createServer((request, response) => {
		// compression's types are Express's; a plain Node request and response are what it handles underneath.
		compress(request as never, response as never, () =>
			files(request, response, () => {
				response.statusCode = 404;
				response.end('Not found');
			})
		);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
	};
}
