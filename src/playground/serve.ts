/**
 * `npm run playground`: builds the playground and serves it on http://127.0.0.1:3100/ (no Excel needed).
 * The end-to-end tests use `buildPlayground` and `startServer` from here.
 *
 * Served: the built page, `fixtures/index.json` (the example workbooks: test/fixtures/*.xlsx and
 * examples/*.xlsx and test/caselist/fixtures/*.xlsx) and `fixtures/NAME.json` (that workbook read into Grids by the command line's reader).
 * Only on 127.0.0.1; nothing leaves the machine.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { readWorkbook } from '../cli/xlsx-read';

const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURE_DIRS = [path.join(ROOT, 'test', 'fixtures'), path.join(ROOT, 'examples'), path.join(ROOT, 'test', 'caselist', 'fixtures')];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

function workbooks(): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of FIXTURE_DIRS) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.xlsx') && !out.has(f.slice(0, -5))) out.set(f.slice(0, -5), path.join(dir, f));
  }
  return out;
}

/** Build the playground with test/e2e/webpack.e2e.js into `out`. */
export async function buildPlayground(out: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, 'test', 'e2e', 'webpack.e2e.js'));
  const config = await configure({ out });
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(`试用页构建失败：\n${stats.toString({ all: false, errors: true })}`));
      resolve();
    });
  });
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function startServer(dir: string, port = 0): Promise<Served> {
  const books = workbooks();
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const pathname = decodeURIComponent(url.pathname);
      if (pathname === '/fixtures/index.json') {
        res.writeHead(200, { 'content-type': TYPES['.json'] });
        return res.end(JSON.stringify([...books.keys()]));
      }
      const fixture = /^\/fixtures\/(.+)\.json$/.exec(pathname);
      if (fixture) {
        const file = books.get(fixture[1]);
        if (!file) {
          res.writeHead(404);
          return res.end('no such workbook');
        }
        const grids = await readWorkbook(file);
        res.writeHead(200, { 'content-type': TYPES['.json'] });
        return res.end(JSON.stringify(grids));
      }
      const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
      if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        res.writeHead(404);
        return res.end('not found');
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    })().catch((e) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${actual}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** run as a script (`node scripts/run-ts.js src/playground/serve.ts`), not imported by a test */
const runAsScript = require.main === module || (process.argv[1] !== undefined && path.resolve(process.argv[1]) === __filename);
if (runAsScript) {
  const out = path.join(ROOT, 'test-output', 'playground');
  const port = Number(process.env.PORT ?? 3100);
  console.log('正在构建试用页…');
  buildPlayground(out)
    .then(() => startServer(out, port))
    .then((s) => console.log(`质效助手试用页（无需 Excel）：${s.url}\n按 Ctrl+C 停止。`))
    .catch((e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    });
}
