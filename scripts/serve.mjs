// `npm start`: serves the built page (dist/) on 127.0.0.1 and prints its URL. PORT picks the port.
import { serveDirectory } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8080);
try {
  const { url } = await serveDirectory('dist', { port });
  console.log(`One Neuron is at ${url}  (Ctrl+C stops it)`);
} catch (error) {
  const hint = error.code === 'EADDRINUSE' ? `; try PORT=${port + 1} npm start` : '';
  console.error(`serve: cannot listen on 127.0.0.1:${port}: ${error.code ?? error.message}${hint}`);
  process.exit(1);
}
