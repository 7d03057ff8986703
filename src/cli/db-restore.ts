import { Command } from 'commander'
import { loadConfig } from '../config'
import { restoreDatabase } from '../db/backup'

const program = new Command('db:restore')
  .description('Restore the database from a file made by db:backup (stop the server first)')
  .argument('<file>', 'the backup file')
  .action(async (file: string) => {
    const { kind, previous } = await restoreDatabase(loadConfig(), file)
    console.log(`restored the ${kind} database from ${file}${previous ? `; the previous data dir was kept at ${previous}` : ''}`)
  })

program.parseAsync().catch((err) => {
  console.error(`restore failed: ${(err as Error).message}`)
  process.exit(1)
})
