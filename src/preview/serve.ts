/**
 * A small static file server for dist/: `npm run preview` serves the preview page with it, and the
 * browser tests and the bench serve the built task pane. It listens on 127.0.0.1 only and serves
 * files under its root and nothing else.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  port: number;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

async function fileFor(root: string, urlPath: string): Promise<string | null> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const stat = await fs.stat(full);
    if (stat.isFile()) return full;
    if (stat.isDirectory()) {
      const index = join(full, 'index.html');
      return (await fs.stat(index).catch(() => null))?.isFile() ? index : null;
    }
  } catch {
    return null;
  }
  return null;
}

export function startStaticServer(rootDir: string, port = 0): Promise<StaticServer> {
  const root = resolve(rootDir);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    void fileFor(root, url).then((file) => {
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        requests,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const port = Number(process.env.PORT ?? 8080);
  startStaticServer(dir, port).then(
    (s) => process.stdout.write(`Budgetsim preview: ${s.url}/preview.html  (English: ${s.url}/preview.html?lang=en)\nServing ${dir}; Ctrl+C stops.\n`),
    (err: NodeJS.ErrnoException) => {
      process.stderr.write(`preview: cannot listen on 127.0.0.1:${port} (${err.code ?? err.message}); set PORT to another port.\n`);
      process.exitCode = 1;
    },
  );
}
