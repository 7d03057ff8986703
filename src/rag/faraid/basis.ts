/**
 * The evidence of each share: a verse, a hadith (numbers of the hadith-api editions the app installs), or the
 * consensus of the Companions where the texts are silent. The verse references are checked against the shipped
 * Qur'an by the feature that serves them.
 */
export type Basis = { kind: 'quran'; surah: number; ayah: number } | { kind: 'hadith'; collection: 'bukhari' | 'abudawud' | 'ibnmajah'; number: number } | { kind: 'consensus'; note: string }

const q = (ayah: number): Basis => ({ kind: 'quran', surah: 4, ayah })

export const BASIS = {
  children: q(11),
  parents: q(11),
  spouses: q(12),
  maternalSiblings: q(12),
  siblings: q(176),
  /** "Give the shares to those entitled to them; what remains goes to the nearest male." */
  residue: { kind: 'hadith', collection: 'bukhari', number: 6732 },
  /** Ibn Masʿūd: the daughter a half, the son's daughter a sixth to complete two thirds, the rest to the sister. */
  sonsDaughterAndSister: { kind: 'hadith', collection: 'bukhari', number: 6736 },
  /** Abū Bakr gives the grandmother a sixth on the testimony of al-Mughīra and Muḥammad b. Maslama. */
  grandmother: { kind: 'hadith', collection: 'abudawud', number: 2894 },
  umariyya: { kind: 'consensus', note: "ʿUmar's ruling, followed by the four schools: the mother takes a third of what the spouse leaves" },
  grandfather: { kind: 'consensus', note: 'The grandfather takes the place of the father (Companions’ consensus), with the schools differing over the siblings' },
  radd: { kind: 'consensus', note: 'Return (radd) of the surplus to the sharers other than the spouses, by kinship (Q 8:75)' },
  distantKindred: { kind: 'quran', surah: 8, ayah: 75 },
  /** "The killer does not inherit." */
  homicide: { kind: 'hadith', collection: 'ibnmajah', number: 2645 },
  /** "The Muslim does not inherit from the disbeliever, nor the disbeliever from the Muslim." */
  religion: { kind: 'hadith', collection: 'bukhari', number: 6764 },
  /** "Nor has He made your adopted sons your sons." */
  adoption: { kind: 'quran', surah: 33, ayah: 4 },
} as const satisfies Record<string, Basis>
