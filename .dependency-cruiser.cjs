/**
 * The import rules of src/ (`npm run check:deps`; docs/checks.md has the layer map). From the bottom up:
 *   ground        src/config.ts, src/errors.ts, src/progress.ts, src/logger.ts, src/contract/** (the API schemas, zod only;
 *                 contract/constants.ts, the plain values the page may import, imports nothing)
 *   infrastructure src/db/**, src/cache/**, src/mail/**   — ground only, and not each other
 *   library       src/rag/**                             — ground and src/db/** only
 *   features      src/{auth,conversations,documents,corpus,search,verify,ops,openai,mcp,web}/** — anything above, one another too
 *   composition   src/runtime.ts, src/app.ts, src/compose.ts
 *   entry points  src/server.ts, src/worker.ts, src/cli/** — nothing in src/ imports them
 * and no import cycle anywhere, type-only imports included.
 *
 * The TypeScript compiler here (7) has no JavaScript API yet, so dependency-cruiser reads the files with swc, which
 * sees `import type` like any other import. This version's swc reader cannot parse .tsx, so the page (web/src) is
 * checked by Biome instead: noImportCycles, noRestrictedImports and the type-only plugin in biome.jsonc.
 */
const GROUND = ['^src/(config|errors|progress|logger)[.]ts$', '^src/contract/']
const INFRA = '^src/(db|cache|mail)/'
const LIBRARY = '^src/rag/'
const FEATURES = '^src/(auth|conversations|documents|corpus|search|verify|ops|openai|mcp|web)/'
const COMPOSITION = '^src/(runtime|app|compose)[.]ts$'
const ENTRY = ['^src/(server|worker)[.]ts$', '^src/cli/']

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle (type-only imports count): move the shared part to a module both can import.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'contract-imports-only-zod',
      severity: 'error',
      comment: 'src/contract is shared with the page: it may import only zod and itself.',
      from: { path: '^src/contract/' },
      to: { pathNot: ['^src/contract/', '(^|/)node_modules/zod/'] },
    },
    {
      name: 'contract-constants-import-nothing',
      severity: 'error',
      comment: 'src/contract/constants holds the plain values the page imports at run time: it imports nothing, so the page bundles no schema library.',
      from: { path: '^src/contract/constants[.]ts$' },
      to: {},
    },
    {
      name: 'ground-imports-only-ground',
      severity: 'error',
      comment: 'config, errors and progress sit at the bottom: they may import packages and one another, nothing else of src/.',
      from: { path: '^src/(config|errors|progress|logger)[.]ts$' },
      to: { path: '^src/', pathNot: GROUND },
    },
    {
      name: 'infra-imports-only-ground',
      severity: 'error',
      comment: 'db, cache and mail are infrastructure: they may import the ground floor and their own folder, not one another.',
      from: { path: INFRA },
      to: { path: '^src/', pathNot: [...GROUND, '^src/$1/'] },
    },
    {
      name: 'rag-is-a-library',
      severity: 'error',
      comment: 'src/rag is the retrieval and answering library: it may import the ground floor and src/db, never a feature, cache, mail, the composition root or an entry point.',
      from: { path: LIBRARY },
      to: { path: '^src/', pathNot: [...GROUND, '^src/db/', LIBRARY] },
    },
    {
      name: 'features-not-up',
      severity: 'error',
      comment: 'A feature may import the layers below it and other features, never the composition root or an entry point.',
      from: { path: FEATURES },
      to: { path: [COMPOSITION, ...ENTRY] },
    },
    {
      name: 'no-import-of-entry-points',
      severity: 'error',
      comment: 'server.ts, worker.ts and src/cli are run, never imported (cli scripts may share helpers within src/cli).',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: ENTRY },
    },
    {
      name: 'server-not-page',
      severity: 'error',
      comment: 'The server does not import the page.',
      from: { path: '^src/' },
      to: { path: '^web/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that cannot be resolved would escape every rule above.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.cjs', '.json'], exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    moduleSystems: ['es6', 'cjs'],
  },
}
