/** `npm run associations`: regenerates the shipped table of word associations learned from the Qur'an. */
import fs from 'node:fs'
import { learnQuranAssociations, QURAN_ASSOCIATIONS_FILE, quranAssociationsHeader } from '../src/rag/canon/quran-associations'

const started = Date.now()
const associations = learnQuranAssociations()
fs.writeFileSync(QURAN_ASSOCIATIONS_FILE, `${quranAssociationsHeader()}\n${associations.serialise()}`)
console.log(`learned ${associations.pairs} associations in ${((Date.now() - started) / 1000).toFixed(1)} s → ${QURAN_ASSOCIATIONS_FILE}`)
