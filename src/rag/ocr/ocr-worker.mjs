// Worker entry in plain JavaScript: worker threads do not inherit the main thread's TypeScript loader on
// Node 20, so the worker registers tsx itself before loading the TypeScript module that reads pages.
import { register } from 'tsx/esm/api'

register()
await import('./ocr-worker-main.ts')
