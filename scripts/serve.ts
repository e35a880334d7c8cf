/** `node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--dir dist]`: serve the built site. */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { createStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: 'localhost' },
    dir: { type: 'string', default: 'dist' },
  },
});
if (!existsSync(`${values.dir}/index.html`)) {
  console.error(`${values.dir}/ has no index.html: run \`npm run build\` first.`);
  process.exit(2);
}
createStaticServer(values.dir).listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir}/ on http://${values.host}:${values.port}/ (Ctrl+C to stop)`);
});
