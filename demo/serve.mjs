// `npm run demo` ends here: serve the demo on http://127.0.0.1:8080/ (or a free port when that is taken).
import { startDemoServer } from './demo-server.mjs';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
try {
  const server = await startDemoServer({ port, host, fallback: !process.env.PORT });
  console.log(`dyn-usage-kit demo: http://${host}:${server.address().port}/  (Ctrl+C to stop)`);
} catch (error) {
  console.error(`demo server: ${error.message}`);
  process.exit(1);
}
