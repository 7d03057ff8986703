import type { Relation, Sex } from './relations'

/** The deceased-side phrase the parser reads for `relation` («his wife», «ses deux fils»). */
export function phrase(relation: Relation, deceased: Sex, lang: 'fr' | 'en', plural: boolean, count: string | undefined): string {
  const n = count ? `${count.trim()} ` : ''
  if (lang === 'en') {
    const nouns: Partial<Record<Relation, [string, string]>> = {
      wife: ['wife', 'wives'],
      husband: ['husband', 'husbands'],
      son: ['son', 'sons'],
      daughter: ['daughter', 'daughters'],
      father: ['father', 'fathers'],
      mother: ['mother', 'mothers'],
      full_brother: ['full brother', 'full brothers'],
      full_sister: ['full sister', 'full sisters'],
      sons_son: ["son's son", "son's sons"],
      sons_daughter: ["son's daughter", "son's daughters"],
      daughters_son: ["daughter's son", "daughter's sons"],
      daughters_daughter: ["daughter's daughter", "daughter's daughters"],
      paternal_grandfather: ['paternal grandfather', 'paternal grandfathers'],
      paternal_grandmother: ['paternal grandmother', 'paternal grandmothers'],
      maternal_grandfather: ['maternal grandfather', 'maternal grandfathers'],
      maternal_grandmother: ['maternal grandmother', 'maternal grandmothers'],
      full_uncle: ['paternal uncle', 'paternal uncles'],
      paternal_aunt: ['paternal aunt', 'paternal aunts'],
      maternal_uncle: ['maternal uncle', 'maternal uncles'],
      maternal_aunt: ['maternal aunt', 'maternal aunts'],
      full_brothers_son: ["full brother's son", "full brother's sons"],
      brothers_daughter: ["brother's daughter", "brother's daughters"],
      sisters_son: ["sister's son", "sister's sons"],
      sisters_daughter: ["sister's daughter", "sister's daughters"],
    }
    return `${deceased === 'male' ? 'his' : 'her'} ${n}${nouns[relation]![plural ? 1 : 0]}`
  }
  const nouns: Partial<Record<Relation, [string, string, 'm' | 'f']>> = {
    wife: ['epouse', 'epouses', 'f'],
    husband: ['mari', 'maris', 'm'],
    son: ['fils', 'fils', 'm'],
    daughter: ['fille', 'filles', 'f'],
    father: ['pere', 'peres', 'm'],
    mother: ['mere', 'meres', 'f'],
    full_brother: ['frere germain', 'freres germains', 'm'],
    full_sister: ['soeur germaine', 'soeurs germaines', 'f'],
    sons_son: ['petit-fils (fils de son fils)', 'petits-fils (fils de son fils)', 'm'],
    sons_daughter: ['petite-fille (fille de son fils)', 'petites-filles (filles de son fils)', 'f'],
    daughters_son: ['fils de sa fille', 'fils de sa fille', 'm'],
    daughters_daughter: ['fille de sa fille', 'filles de sa fille', 'f'],
    paternal_grandfather: ['grand-pere paternel', 'grands-peres paternels', 'm'],
    paternal_grandmother: ['grand-mere paternelle', 'grands-meres paternelles', 'f'],
    maternal_grandfather: ['grand-pere maternel', 'grands-peres maternels', 'm'],
    maternal_grandmother: ['grand-mere maternelle', 'grands-meres maternelles', 'f'],
    full_uncle: ['oncle paternel', 'oncles paternels', 'm'],
    paternal_aunt: ['tante paternelle', 'tantes paternelles', 'f'],
    maternal_uncle: ['oncle maternel', 'oncles maternels', 'm'],
    maternal_aunt: ['tante maternelle', 'tantes maternelles', 'f'],
    full_brothers_son: ['fils de son frere germain', 'fils de son frere germain', 'm'],
    brothers_daughter: ['fille de son frere', 'filles de son frere', 'f'],
    sisters_son: ['fils de sa soeur', 'fils de sa soeur', 'm'],
    sisters_daughter: ['fille de sa soeur', 'filles de sa soeur', 'f'],
  }
  const [one, many, gender] = nouns[relation]!
  const possessive = plural ? 'ses' : gender === 'f' && !/^[aeiou]/.test(one) ? 'sa' : 'son'
  return `${possessive} ${n}${plural ? many : one}`
}
