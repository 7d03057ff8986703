import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { build } from 'vite'
import { root } from './helpers/cli'

function files(dir: string, at = ''): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  for (const e of fs.readdirSync(path.join(dir, at), { withFileTypes: true })) {
    const rel = path.join(at, e.name)
    if (e.isDirectory()) for (const [k, v] of files(dir, rel)) out.set(k, v)
    else out.set(rel, fs.readFileSync(path.join(dir, rel)))
  }
  return out
}

// `npm ci && npm start` serves web/dist as committed: it must be what the sources build to today.
test('the committed chat page (web/dist) is the build of web/src: run `npm run web:build` after editing the page', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fiqh-web-build-'))
  // The runner sets NODE_ENV=test, and Vite builds differently under it; `npm run web:build` runs without it.
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: path.join(root, 'web/vite.config.ts'), logLevel: 'silent', build: { outDir: out, emptyOutDir: true } })
    const fresh = files(out)
    const committed = files(path.join(root, 'web/dist'))
    assert.deepEqual([...committed.keys()].sort(), [...fresh.keys()].sort())
    for (const [name, bytes] of fresh) assert.ok(bytes.equals(committed.get(name)!), `${name} differs`)
  } finally {
    fs.rmSync(out, { recursive: true, force: true })
  }
})
