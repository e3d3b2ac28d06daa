import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '../../electron/web/server';
import { RENDERER_CSP_HEADER } from '../../shared/security/csp';
import { tempDir, testCore } from './helpers';

let web: WebServer | undefined;
afterEach(async () => {
  await web?.close();
  web = undefined;
});

async function start() {
  const core = await testCore();
  const root = tempDir();
  const staticDir = join(root, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tandem</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  web = await startWebServer({ dispatch: core.dispatch, staticDir });
  return { core, port: new URL(web.url).port };
}

/** Raw HTTP so tests can send the Host and Origin headers a browser under attack would. */
function raw(port: string, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = (port: string, extra: Record<string, string> = {}) => ({ host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...extra });

describe('browser-mode server', () => {
  it('binds 127.0.0.1 only', async () => {
    await start();
    expect(web!.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves ops through the dispatcher with typed results', async () => {
    const { port } = await start();
    const ok = await raw(port, { method: 'POST', path: '/api/plans.create', headers: json(port), body: JSON.stringify({ name: 'P', fiscalPeriod: 'FY2027', currency: 'USD' }) });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { name: 'P' } });
    const bad = await raw(port, { method: 'POST', path: '/api/plans.create', headers: json(port), body: JSON.stringify({ name: '' }) });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await raw(port, { method: 'POST', path: '/api/nope', headers: json(port), body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ error: { code: 'UNKNOWN_OP' } });
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin, changing nothing', async () => {
    const { port, core } = await start();
    const before = core.snapshot();
    const body = JSON.stringify({ name: 'Evil', fiscalPeriod: 'FY2027', currency: 'USD' });
    const rebinding = await raw(port, { method: 'POST', path: '/api/plans.create', headers: json(port, { host: `attacker.example:${port}` }), body });
    expect(rebinding.status).toBe(403);
    const crossSite = await raw(port, { method: 'POST', path: '/api/plans.create', headers: json(port, { origin: 'https://attacker.example' }), body });
    expect(crossSite.status).toBe(403);
    const page = await raw(port, { path: '/', headers: { host: `evil.test:${port}` } });
    expect(page.status).toBe(403);
    expect(core.snapshot()).toEqual(before);
  });

  it('accepts its own origin, and refuses form posts without a JSON content type', async () => {
    const { port } = await start();
    const own = await raw(port, { method: 'POST', path: '/api/plans.list', headers: json(port, { origin: `http://127.0.0.1:${port}` }), body: '{}' });
    expect(own.status).toBe(200);
    const form = await raw(port, { method: 'POST', path: '/api/plans.list', headers: { host: `127.0.0.1:${port}`, 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
  });

  it('refuses bodies over the limit and bodies that are not JSON', async () => {
    const { port } = await start();
    const big = await raw(port, { method: 'POST', path: '/api/plans.list', headers: json(port), body: Buffer.alloc(MAX_BODY_BYTES + 10, 32) });
    expect(big.status).toBe(413);
    const garbage = await raw(port, { method: 'POST', path: '/api/plans.list', headers: json(port), body: '{"name":' });
    expect(garbage.status).toBe(400);
    // An op name that is not valid percent-encoding is bad input, not a server failure.
    const malformed = await raw(port, { method: 'POST', path: '/api/%E0%A4%A', headers: json(port), body: '{}' });
    expect(malformed.status).toBe(400);
  });

  it('serves the renderer with a CSP, and never a file outside it', async () => {
    const { port } = await start();
    const index = await raw(port, { path: '/', headers: { host: `127.0.0.1:${port}` } });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(RENDERER_CSP_HEADER);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/%00.js']) {
      const res = await raw(port, { path, headers: { host: `127.0.0.1:${port}` } });
      expect(res.body, path).not.toContain('outside the renderer');
    }
    const spa = await raw(port, { path: '/accounts', headers: { host: `localhost:${port}` } });
    expect(spa.body).toContain('<title>Tandem</title>');
  });
});
