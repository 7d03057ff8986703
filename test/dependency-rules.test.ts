/**
 * The import rules fail when broken: dependency-cruiser with the project's .dependency-cruiser.cjs (layers and cycles
 * of src/) and Biome with the project's biome.jsonc (the page's imports and its cycles) run on small trees written
 * into a temporary directory, one that breaks each rule and one laid out as the architecture wants.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, test } from 'node:test'

const root = path.resolve(import.meta.dirname, '..')
const depcruise = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')
const biome = path.join(root, 'node_modules/@biomejs/biome/bin/biome')
const dirs: string[] = []
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fiqh-deprules-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  // Packages (zod) resolve as in the project.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return dir
}

interface Violation {
  from: string
  to: string
  rule: { name: string }
  cycle?: { name: string }[]
}

/** Runs `npm run check:deps` as package.json spells it (for its exit code), then the same cruise as JSON (for the details). */
function cruise(dir: string): { status: number | null; output: string; violations: Violation[] } {
  fs.copyFileSync(path.join(root, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'))
  const [bin, ...args] = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts['check:deps'] as string).split(' ')
  assert.equal(bin, 'depcruise')
  const check = spawnSync(process.execPath, [depcruise, ...args], { cwd: dir, encoding: 'utf8' })
  const json = spawnSync(process.execPath, [depcruise, ...args.filter((a, i) => a !== '--output-type' && args[i - 1] !== '--output-type'), '--output-type', 'json'], { cwd: dir, encoding: 'utf8' })
  assert.ok(json.stdout.startsWith('{'), `dependency-cruiser printed no report: ${json.stderr}`)
  return { status: check.status, output: check.stdout + check.stderr, violations: JSON.parse(json.stdout).summary.violations }
}

const tsconfig = JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', strict: true }, include: ['src'] })

describe('dependency-cruiser with the project rules', () => {
  test('reports a library import of a feature, an import cycle (type-only edge included) and the other layer breaches, by rule name', () => {
    const dir = tree({
      'tsconfig.json': tsconfig,
      'src/config.ts': 'export const config = { port: 8000 }\n',
      'src/app.ts': 'export const app = 1\n',
      'src/conversations/service.ts': 'export const listConversations = () => []\n',
      'src/rag/search.ts': "import { listConversations } from '../conversations/service'\nexport const search = () => listConversations()\n",
      'src/rag/index/vectors.ts': "import type { Unit } from './writer'\nexport const embed = (u: Unit) => [u.id]\n",
      'src/rag/index/writer.ts': "import { embed } from './vectors'\nexport interface Unit { id: number }\nexport const write = (u: Unit) => embed(u)\n",
      'src/auth/routes.ts': "import { app } from '../app'\nexport const routes = app\n",
      'src/db/client.ts': "import { cache } from '../cache/cache'\nexport const db = cache\n",
      'src/cache/cache.ts': 'export const cache = new Map()\n',
      'src/contract/sources.ts': "import { config } from '../config'\nexport const port = config.port\n",
      'src/contract/constants.ts': "import { z } from 'zod'\nexport const MAX = z.number().parse(4000)\n",
    })
    const { status, output, violations } = cruise(dir)
    assert.notEqual(status, 0, output)
    assert.match(output, /error rag-is-a-library: src\/rag\/search\.ts → src\/conversations\/service\.ts/)
    assert.match(output, /error no-circular: src\/rag\/index\//)
    const byRule = (name: string) => violations.filter((v) => v.rule.name === name)

    assert.deepEqual(
      byRule('rag-is-a-library').map((v) => [v.from, v.to]),
      [['src/rag/search.ts', 'src/conversations/service.ts']],
    )
    const cycle = byRule('no-circular')
    assert.ok(cycle.length > 0, 'the two-file cycle is reported')
    assert.deepEqual(new Set(cycle.flatMap((v) => [v.from, v.to])), new Set(['src/rag/index/vectors.ts', 'src/rag/index/writer.ts']))
    assert.deepEqual(
      byRule('features-not-up').map((v) => [v.from, v.to]),
      [['src/auth/routes.ts', 'src/app.ts']],
    )
    assert.deepEqual(
      byRule('infra-imports-only-ground').map((v) => [v.from, v.to]),
      [['src/db/client.ts', 'src/cache/cache.ts']],
    )
    assert.deepEqual(
      byRule('contract-imports-only-zod').map((v) => [v.from, v.to]),
      [['src/contract/sources.ts', 'src/config.ts']],
    )
    const constants = byRule('contract-constants-import-nothing')
    assert.deepEqual(
      constants.map((v) => v.from),
      ['src/contract/constants.ts'],
    )
    assert.match(constants[0]!.to, /(^|\/)node_modules\/zod\//)
  })

  test('the target layout passes', () => {
    const dir = tree({
      'tsconfig.json': tsconfig,
      'src/config.ts': 'export const config = { port: 8000 }\n',
      'src/errors.ts': "import { config } from './config'\nexport class NotFound extends Error { port = config.port }\n",
      'src/progress.ts': 'export const bar = (n: number) => n\n',
      'src/contract/constants.ts': 'export const MAX_QUESTION_CHARS = 4000\n',
      'src/contract/sources.ts':
        "import { z } from 'zod'\nimport { MAX_QUESTION_CHARS } from './constants'\nexport const source = z.object({ n: z.number().max(MAX_QUESTION_CHARS) })\nexport type Source = z.infer<typeof source>\n",
      'src/db/client.ts': "import { config } from '../config'\nexport const db = { url: config.port }\n",
      'src/cache/cache.ts': "import { NotFound } from '../errors'\nexport const cache = new Map<string, NotFound>()\n",
      'src/mail/mailer.ts': "import { config } from '../config'\nexport const send = () => config.port\n",
      'src/rag/index/units.ts': 'export interface Unit { id: number }\n',
      'src/rag/index/vectors.ts': "import type { Unit } from './units'\nexport const embed = (u: Unit) => [u.id]\n",
      'src/rag/index/writer.ts': "import type { Unit } from './units'\nimport { embed } from './vectors'\nexport const write = (u: Unit) => embed(u)\n",
      'src/rag/engine.ts':
        "import type { Source } from '../contract/sources'\nimport { db } from '../db/client'\nimport { bar } from '../progress'\nimport { write } from './index/writer'\nexport const ask = (s: Source) => [db, bar(s.n), write({ id: s.n })]\n",
      'src/auth/guard.ts': "import { cache } from '../cache/cache'\nexport const guard = () => cache.size\n",
      'src/conversations/service.ts':
        "import { guard } from '../auth/guard'\nimport { send } from '../mail/mailer'\nimport { ask } from '../rag/engine'\nexport const conversations = { ask, guard, send }\n",
      'src/search/routes.ts': "import { guard } from '../auth/guard'\nimport { ask } from '../rag/engine'\nexport const search = { ask, guard }\n",
      'src/runtime.ts': "import { conversations } from './conversations/service'\nimport { search } from './search/routes'\nexport const runtime = { conversations, search }\n",
      'src/app.ts': "import { runtime } from './runtime'\nexport const app = runtime\n",
      'src/server.ts': "import { app } from './app'\nconsole.log(app)\n",
      'src/cli/index.ts': "import { bar } from '../progress'\nimport { runtime } from '../runtime'\nconsole.log(runtime, bar(1))\n",
    })
    const { status, output, violations } = cruise(dir)
    assert.deepEqual(violations, [])
    assert.equal(status, 0, output)
  })
})

describe('Biome with the project config: the page', () => {
  function lint(files: Record<string, string>): { status: number | null; findings: string[] } {
    const dir = tree(files)
    fs.copyFileSync(path.join(root, 'biome.jsonc'), path.join(dir, 'biome.jsonc'))
    fs.mkdirSync(path.join(dir, 'scripts/biome'), { recursive: true })
    fs.copyFileSync(path.join(root, 'scripts/biome/contract-type-imports.grit'), path.join(dir, 'scripts/biome/contract-type-imports.grit'))
    const run = spawnSync(process.execPath, [biome, 'lint', '--vcs-enabled=false', '--reporter=github', '--max-diagnostics=none', 'web/src'], { cwd: dir, encoding: 'utf8' })
    // `::error title=lint/style/noRestrictedImports,file=…/web/src/b.ts,line=1,…` → `lint/style/noRestrictedImports web/src/b.ts:1`
    const findings = [...run.stdout.matchAll(/^::error title=([^,]+),file=.*?(web\/src\/[^,]+),line=(\d+)/gm)].map((m) => `${m[1]} ${m[2]}:${m[3]}`)
    return { status: run.status, findings }
  }

  test('reports a page import of server code, a value import of the contract (but not of its constants) and an import cycle', () => {
    const { status, findings } = lint({
      'src/contract/sources.ts': 'export const sourceKinds = [1]\nexport type Source = { n: number }\n',
      'src/rag/engine.ts': 'export const ask = () => 1\n',
      'web/src/server-code.ts': "import { ask } from '../../src/rag/engine'\nexport const x = ask()\n",
      'web/src/value.tsx': "import { sourceKinds } from '../../src/contract/sources'\nexport const y = sourceKinds\n",
      'web/src/types.ts': "import type { Source } from '../../src/contract/sources'\nexport const z = (s: Source) => s.n\n",
      'web/src/limits.ts': "import { MAX_QUESTION_CHARS } from '../../src/contract/constants'\nexport const max = MAX_QUESTION_CHARS\n",
      'web/src/thread.tsx': "import type { Part } from './part'\nexport const thread = (p: Part) => p\nexport type Thread = typeof thread\n",
      'web/src/part.tsx': "import type { Thread } from './thread'\nexport type Part = { of?: Thread }\n",
    })
    assert.notEqual(status, 0)
    assert.ok(findings.includes('lint/style/noRestrictedImports web/src/server-code.ts:1'), findings.join('\n'))
    assert.ok(findings.includes('plugin web/src/value.tsx:1'), findings.join('\n'))
    assert.ok(
      findings.some((f) => f.startsWith('lint/suspicious/noImportCycles web/src/thread.tsx')),
      findings.join('\n'),
    )
    assert.ok(!findings.some((f) => f.includes('web/src/types.ts') || f.includes('web/src/limits.ts')), findings.join('\n'))
  })
})
