import { Command } from 'commander'
import { loadConfig } from '../config'
import { backupDatabase } from '../db/backup'

const program = new Command('db:backup')
  .description('Back up the database (PostgreSQL via pg_dump, or the embedded PGlite data dir) to a file')
  .argument('<file>', 'where to write the backup')
  .action(async (file: string) => {
    const started = Date.now()
    const { bytes, kind } = await backupDatabase(loadConfig(), file)
    console.log(`backup of the ${kind} database written to ${file}: ${bytes} bytes in ${Date.now() - started} ms`)
  })

program.parseAsync().catch((err) => {
  console.error(`backup failed: ${(err as Error).message}`)
  process.exit(1)
})
