import { stemmer as snowballEnglish } from '@orama/stemmers/english'
import { stemmer as snowballFrench } from '@orama/stemmers/french'

/** Lower case without accents: « Bénéficiaires » → « beneficiaires ». */
export function foldLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .normalize('NFC')
}

/** French elisions (l', d', qu', j', n', s', c', m', t', jusqu', lorsqu', puisqu') detach from the word. */
export function stripElision(word: string): string {
  return word.replace(/^(?:l|d|j|n|s|c|m|t|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu, '')
}

export function stemFrench(word: string): string {
  return foldLatin(snowballFrench(word.toLowerCase()))
}

export function stemEnglish(word: string): string {
  return snowballEnglish(foldLatin(word).replace(/['’]s$/, ''))
}
