import type { Assumption } from './assumptions'
import { phrase } from './asker-side-phrase'
import { askerAsChild, askerNamedSelf, deceasedSide, isGrandparent, isParentsSibling, placesKin, sideSettled, sidedKin, survivingSpouse, unplacedKin } from './asker-kin'
import { DEATH, fold, saidToHaveDiedBefore } from './parse-latin-words'
import type { Relation, Sex } from './relations'
import {
  KIN,
  NOUNS,
  DECEASED,
  HEIR,
  WE_COUNTED,
  WE_RESTATED,
  ASKER_SAID_CHILD,
  ASKER_FAITH,
  ASKERS_OTHER_MARRIAGE,
  OTHER_WIFE_BEFORE,
  UNPOSSESSED_SIBLINGS,
  US_TAIL,
  UNPOSSESSED_UNCLE,
  ONE_ONLY,
  BARE_PARENT,
  CHILDREN,
  ME,
  SELF,
  PARENTS,
  GRANDPARENTS,
  WE_ARE,
  WE,
  STATED,
  DECEASED_SIDE,
  ASKER_SAID,
  MALE_SAID,
  grandparentsThroughParent,
  parentGlossed,
  STEPCHILD,
  usUnplaced,
  type Key,
} from './asker-side-words'

/**
 * « Mon père est décédé, il laisse ma mère, mon frère et moi (une fille) », "My husband died, leaving me and our
 * three children": a family told from the asker's side, said again from the deceased's (« son épouse, son fils et
 * sa fille ») so that the parser reads it like any other, with each reading said back as an assumption («ma
 * mère»: his wife). Over folded text (lower case, no accents). Kin whose place the asker's side does not settle
 * («my uncle» when the father died, «me» with no sex said) are left as they were, for the parser to refuse.
 */
export function fromAskersSide(
  original: string,
  lang: 'fr' | 'en',
  whole = original,
): { text: string; deceased: Sex; assumptions: Assumption[]; problems: string[]; askerHeir?: Relation } | undefined {
  // ("my dad's mom", « la mère de mon père »: the grandparent of that side)
  // ("his mother, our granny": one person, the deceased's mother)
  original = parentGlossed(grandparentsThroughParent(original))
  whole = parentGlossed(grandparentsThroughParent(whole))
  const source = fold(original)
  // the asker's words as written, for the answer to say back («ma sœur», not its folded form): where each folded
  // character comes from («œ» folds to two)
  const said = writtenAs(original)
  const deceasedNamed = askersDeceased(source)
  if (!deceasedNamed) return undefined
  const { subject, who } = deceasedNamed
  // ("my uncle (my paternal uncle)" from "my uncle (my dad's brother)": the side glossed, read with who died — not an heir)
  const gloss = /^\s*\([^()]{0,40}\)/.exec(source.slice(subject.index + subject[0].length))
  const from = subject.index + subject[0].length + (gloss?.[0].length ?? 0)
  const heirs = source.slice(from)
  // (the kin named with «my», read once: a grandparent's side depends on all of them, before any is placed)
  const listed = [...heirs.matchAll(HEIR)]
  const named = listed.flatMap((m) => KIN[m[3]!]?.key ?? [])
  const key = sideSettled(who.key, sideSaid(source.slice(subject.index, gloss ? from : from + 12)), named) ?? who.key
  if (!placesKin(key)) return undefined
  const deceased: Sex = who.sex ?? 'male'
  const asker = askerSex(source, key)
  const assumptions: Assumption[] = []
  const problems: string[] = []
  // ("We're 5 siblings (3 brothers, 2 sisters). Our mom died…": the asker's group counted before the death, which
  // the reading of the heirs after it does not see — refused rather than left out)
  if (WE_COUNTED.test(source.slice(0, subject.index))) problems.push("the asker's siblings counted before the death")
  // ("I am Christian", « je suis chrétienne »: the asker, an heir, of another religion — barred, but as which heir the
  // parser cannot place from here: refused rather than counted)
  if (ASKER_FAITH.test(source)) problems.push("the asker's own religion is another")
  // (« Il reste moi (sa sœur germaine) et mes enfants, un garçon et une fille »: beside a sibling's death the asker's
  // children are the deceased's nephews and nieces, read as his children)
  if ((key === 'brother' || key === 'sister') && /\b(?:mes|my|our|nos)\s+(?:\w+\s+)?(?:enfants|children|kids|fils|filles|sons|daughters)\b/.test(heirs))
    problems.push("the asker's children beside a sibling's death")
  // ("Moi (sa sœur) et mon frère, on est ses frère et sœur germains": the asker's group said again as the deceased's
  // kin — read as more heirs)
  if (WE_RESTATED.test(heirs)) problems.push("the asker's group restated as the deceased's kin")
  // (« Ma mère est décédée, mon père aussi », "my dad died, and my mom too": a second death said with the first — when,
  // and who inherits from whom, is not read)
  if (DIED_TOO.test(source)) problems.push('another death said with the first')
  if (ASKERS_OTHER_MARRIAGE.test(source)) problems.push("the asker's children by another marriage")
  // ("My wife died … my stepson (her son from her first marriage)": the asker's stepchild may be the deceased's own
  // child — or another spouse's; not guessed)
  if ((key === 'husband' || key === 'wife') && STEPCHILD.test(source)) problems.push("the asker's stepchild beside a spouse's death")
  // ("My grandmother passed away … and us two girls": the asker's own group beside a grandparent's death — grandchildren
  // through which child? the reading has no place for them)
  if (isGrandparent(key) && usUnplaced(source)) problems.push("the asker's group beside a grandparent's death")
  // ("my uncle died … us two boys": the asker's group beside an uncle's death — the asker's brothers, or cousins?)
  if (isParentsSibling(key) && (usUnplaced(source) || WE.test(heirs))) problems.push("the asker's group beside an uncle's or aunt's death")
  // (« de ses frères et sœurs il ne reste que mon père, les autres sont morts », « y compris ma mère »: other deaths
  // told beside an uncle's — the asker's parent, or the asker's kin through whom they come, may be among them)
  if (isParentsSibling(key) && (source.match(DIED_WORDS) ?? []).length > 1) problems.push("another death told beside an uncle's or aunt's")
  // ("my grandfather died leaving my father and two aunts": the asker's aunts, his daughters, or his own? not guessed)
  if (key !== who.key) for (const m of heirs.matchAll(UNPOSSESSED_UNCLE)) problems.push(`“${m[1]}”: whose uncle or aunt is not said`)
  // ("my paternal uncle died leaving … my two cousins (his sons)": the asker's cousins are his children, or another
  // uncle's — not the deceased's cousins, as the parser would read them)
  if (SIDED_SUBJECT[key]) for (const m of heirs.matchAll(COUSINS)) problems.push(`“${m[0].trim()}”: whose children is not said`)
  // («mon oncle … ses 2 sœurs dont ma mère … je suis son neveu»: beside a death on the mother's side the asker is a
  // sister's child, not the brother's son the word «neveu» is read as)
  if ((key === 'maternal_uncle' || key === 'maternal_aunt') && /\b(?:neveux?|nieces?|nephews?)\b/.test(heirs)) problems.push("the asker, a nephew or niece on the mother's side")
  // Each phrase is rewritten in place; all are found on the same text, so that each is said back as written.
  const edits: { at: number; length: number; by: string }[] = []
  // (« décédé avant ma mère. Il a laissé ma mère… »: one mother, named twice)
  const once = new Set<Key>()
  let wifeSaid = false
  const placed = new Set<Relation>()
  const asOther = (written: string) => written.replace(/^(\s*)(his|her|son|sa) /, lang === 'en' ? '$1$2 other ' : '$1son autre ')
  // (where each relation was first written, one of a kind: the asker said beside it makes one of the two «other»)
  const firstWritten = new Map<Relation, { at: number; length: number; by: string }>()
  /** One of the asker's kin, said again as the deceased's `target`: once only if there is one of them, a second wife as another. */
  const place = (m: RegExpMatchArray, kin: Key, target: Relation, plural: boolean, count: string | undefined) => {
    const at = m.index!
    const length = m[0].length
    // («ses 3 fils dont mon père», "his sons, including my dad": one of a group the deceased's side already counts)
    if (/\b(?:dont|including|y compris|among them|parmi eux)\s*$/.test(heirs.slice(0, at))) {
      edits.push({ at, length, by: ' ' })
      return
    }
    const one = !plural && ONE_ONLY.has(kin)
    // ("my mother … Mom": one person named twice; "… My mother is Christian.": named again to say something of
    // her, written again from the deceased's side for the parser to read it with her)
    if (one && once.has(kin)) {
      // ("I'm his nephew, my dad's only son": kin named through the asker's parent — the asker, or another? not guessed;
      // blanked, "'s only son" was read as a son of the deceased)
      if (/^\s*(?:'s|’s)\b/.test(heirs.slice(at + length))) problems.push(`“${said(from + at, m[0])}'s …”: kin named through the asker's kin`)
      // (« la mère de ma mère »: her kin, named through her — written again too, for the parser to see whose)
      const predicate = /^\s+(?:is|was|has|had|est|etait|n'est|a)\b/.test(heirs.slice(at + length)) || /\b(?:of|de|du)\s*$/.test(heirs.slice(0, at))
      edits.push({ at, length, by: predicate ? ` ${phrase(target, deceased, lang, false, undefined)}` : ' ' })
      return
    }
    if (one) once.add(kin)
    if (!saidDead(heirs, m)) assumptions.push({ kind: 'asker_side', phrase: said(from + at, m[0]), relation: target, ...(plural ? { many: true as const } : {}) })
    // ("my stepmother, my mother", "my stepmother, Mom": two wives — the second said as another, not the first named again)
    const other = target === 'wife' && !plural && wifeSaid
    if (target === 'wife' && !plural) wifeSaid = true
    // ("my dad, my uncle and my aunt" beside a grandfather's death: two sons, the second said as another — «his son,
    // his son» would be one son named twice)
    const another = !other && !plural && placed.has(target)
    placed.add(target)
    const written = phrase(target, deceased, lang, plural, count)
    const by = other ? (lang === 'en' ? 'his other wife' : 'son autre epouse') : another ? asOther(written) : written
    const edit = { at, length, by: ` ${by}` }
    if (!plural && !firstWritten.has(target)) firstWritten.set(target, edit)
    edits.push(edit)
  }
  /** One of the asker's kin named with a count or an article (or neither): placed as the deceased's, one or several. */
  const placeCounted = (m: RegExpMatchArray, count: string | undefined, noun: string) => {
    const named = KIN[noun]
    if (!named) return
    const kin = sidedKin(named.key, sideSaid(m[0]))
    const plural = named.plural === true || (count !== undefined && !/^(a|an|one|un|une)$/.test(count.trim()))
    const target = deceasedSide(key, kin, asker)
    if (target) place(m, kin, target, plural, count)
    else leaveUnplaced(m, kin)
  }
  /** A relative the asker's side does not place: dropped if no kin of the deceased, refused if the side that would tell is unsaid. */
  const leaveUnplaced = (m: RegExpMatchArray, kin: Key) => {
    const left = unplacedKin(key, kin)
    if (left === 'none') edits.push({ at: m.index!, length: m[0].length, by: ' ' })
    else if (left === 'unsure') problems.push(`“${said(from + m.index!, m[0])}”: on whose side is not said`)
  }
  for (const m of listed) placeCounted(m, m[2], m[3]!)
  // («mes grands-parents paternels», "my maternal grandparents": the two of that side)
  for (const m of heirs.matchAll(GRANDPARENTS)) {
    const side = sideSaid(m[0])
    const pair = (['grandfather', 'grandmother'] as const).map((k) => sidedKin(k, side))
    const targets = pair.map((k) => deceasedSide(key, k, asker))
    if (targets[0] && targets[1]) {
      for (const relation of targets) if (!saidDead(heirs, m)) assumptions.push({ kind: 'asker_side', phrase: said(from + m.index, m[0]), relation: relation! })
      edits.push({ at: m.index, length: m[0].length, by: ` ${targets.map((r) => phrase(r!, deceased, lang, false, undefined)).join(lang === 'en' ? ' and ' : ' et ')}` })
    } else leaveUnplaced(m, pair[0]!)
  }
  // ("us two brothers and a sister", « nous deux frères et une sœur »: the sibling joined to «us» is the asker's too)
  for (const m of heirs.matchAll(US_TAIL)) placeCounted(m, m[1], m[2]!)
  const mes = [...heirs.matchAll(ME)]
  // ("He left my mother, me (son), my younger brother and three sisters": beside a parent's death, siblings with no
  // possessive in the sentence that lists the asker's kin are the asker's too — the parent's children)
  if (key === 'father' || key === 'mother') {
    const sentences = heirs.split(/[.;!?]/)
    const sentenceOf = (at: number) => heirs.slice(0, at).split(/[.;!?]/).length - 1
    const listing = new Set([...listed, ...mes].map((m) => sentenceOf(m.index!)))
    for (const m of heirs.matchAll(UNPOSSESSED_SIBLINGS)) {
      const at = sentenceOf(m.index)
      // (not those counted by the asker's own «we», «us», read with them)
      const placedHere = WE.test(sentences[at] ?? '') || edits.some((e) => m.index < e.at + e.length && e.at < m.index + m[0].length)
      // ("… il a aussi 2 frères au Maroc", "he also has 3 sisters": the deceased's own, as the parser reads them)
      const his = /\b(?:il a|il avait|elle a|elle avait|he has|he had|she has|she had)\s+(?:(?:aussi|also|encore|egalement)\s+)?$/.test(heirs.slice(Math.max(0, m.index - 30), m.index))
      if (!placedHere && !his && listing.has(at)) placeCounted(m, m[1], m[2]!)
    }
  }
  // ("Mom is alive", « Maman est encore là »: the asker's parent, named without «my»)
  for (const m of heirs.matchAll(BARE_PARENT)) {
    const parent = KIN[m[1]!]!.key
    const target = deceasedSide(key, parent, asker)
    if (target) place(m, parent, target, false, undefined)
  }
  // (the deceased's, before a plural: «his», «her», « ses »)
  const theirs = lang === 'en' ? (deceased === 'male' ? 'his' : 'her') : 'ses'
  // ("My dad passed away. We are 3 brothers and 2 sisters", « Nous sommes 3 frères et 2 sœurs »: the asker and
  // the asker's siblings, all the parent's children)
  if (key === 'father' || key === 'mother')
    for (const m of heirs.matchAll(WE_ARE)) {
      // ("… me and my 2 sisters. I'm a girl, so we're 3 girls in total": the asker and the siblings listed, counted again)
      if (mes.length > 0 && listed.length > 0) {
        edits.push({ at: m.index, length: m[0].length, by: ' ' })
        continue
      }
      const groups = [
        [m[1], m[2]],
        [m[3], m[4]],
      ].filter((g): g is [string, string] => g[0] !== undefined && g[1] !== undefined)
      const by = groups.map(([n, noun]) => {
        const relation: Relation = /^(brothers?|freres?|boys?|garcons?|sons?|fils)$/.test(noun) ? 'son' : 'daughter'
        assumptions.push({ kind: 'asker_side', phrase: said(from + m.index, m[0]), relation })
        return phrase(relation, deceased, lang, !/^(1|one|un|une|a|an)$/.test(n), n)
      })
      edits.push({ at: m.index, length: m[0].length, by: ` ${by.join(lang === 'en' ? ' and ' : ' et ')}` })
    }
  // «our parents» when a brother or a sister died: the deceased's father and mother
  if (key === 'brother' || key === 'sister')
    for (const m of heirs.matchAll(PARENTS)) {
      if (!saidDead(heirs, m))
        assumptions.push({ kind: 'asker_side', phrase: said(from + m.index, m[0]), relation: 'father' }, { kind: 'asker_side', phrase: said(from + m.index, m[0]), relation: 'mother' })
      edits.push({ at: m.index, length: m[0].length, by: ` ${theirs} parents` })
    }
  // «our three kids (2 boys, 1 girl)» when a spouse died: the deceased's children, counted as the parser counts
  if (key === 'husband' || key === 'wife') for (const m of heirs.matchAll(CHILDREN)) edits.push({ at: m.index, length: m[0].length, by: ` ${theirs} ${m[1] ?? ''}${m[2]}` })
  for (const m of mes) {
    const noun = m[2] ?? m[3]
    // ("me (25F)": an age and a sex, as forms write them)
    const sex = noun ? (KIN[noun]?.sex ?? (/^(male|man|homme|\d+\s*m)$/.test(noun) ? 'male' : /^(female|woman|femme|\d+\s*f)$/.test(noun) ? 'female' : asker)) : asker
    const target = sex && deceasedSide(key, 'me', sex)
    // ("two wives, me and another": the asker is one of the two, not a third; "three daughters including me"
    // says the asker's sex too)
    const grouped = (target ? [target] : (['female', 'male'] as const).map((x) => deceasedSide(key, 'me', x)))
      .filter((r): r is Relation => r !== undefined)
      .map((relation) => ({ relation, span: inGroup(heirs, m, relation, deceased, lang) }))
      .find((g) => g.span)
    if (grouped?.span) {
      assumptions.push({ kind: 'asker_side', phrase: said(from + m.index, m[0]), relation: grouped.relation })
      edits.push({ at: grouped.span.at, length: grouped.span.length, by: ' ' })
    } else if (!target)
      // («… mes deux frères et moi»: a son or a daughter? the shares depend on it)
      problems.push(`“${said(from + m.index, m[0])}”: the asker's own relation to the deceased is not said`)
    else {
      assumptions.push({ kind: 'asker_side', phrase: said(from + m.index, m[0]), relation: target })
      // ("Dad, me (son), my brother": the asker and a brother are two sons — «her son, her son» would be one named
      // twice; the later of the two is written as the other)
      const written = ` ${phrase(target, deceased, lang, false, undefined)}`
      const before = firstWritten.get(target)
      // ("a son with his first wife, … and with me two daughters": the asker is his other wife)
      const anotherWife = target === 'wife' && OTHER_WIFE_BEFORE.test(heirs.slice(0, m.index))
      if ((before && before.at < m.index) || anotherWife) edits.push({ at: m.index, length: m[0].length, by: asOther(written) })
      else {
        if (before) before.by = asOther(before.by)
        edits.push({ at: m.index, length: m[0].length, by: written })
      }
    }
  }
  // ("I'm her son.", « je suis sa fille »: who the asker is, already read — not another heir)
  for (const m of heirs.matchAll(SELF)) if (!edits.some((e) => m.index < e.at + e.length && e.at < m.index + m[0].length)) edits.push({ at: m.index, length: m[0].length, by: ' ' })
  let text = heirs
  for (const e of edits.sort((a, b) => b.at - a.at)) text = text.slice(0, e.at) + e.by + text.slice(e.at + e.length)
  assumptions.sort((a, b) => heirs.indexOf(fold('phrase' in a ? a.phrase : '')) - heirs.indexOf(fold('phrase' in b ? b.phrase : '')))
  // «Et moi, son frère, j'hérite ?», "I am his sister": the asker, not among the heirs listed, says who they are
  let askerHeir: Relation | undefined
  const stated = mes.length === 0 ? STATED.exec(fold(whole)) : null
  // (« je suis sa sœur consanguine »: the line said after, the asker's own)
  const self = stated ? lineSaidAfter(DECEASED_SIDE[stated[1]!], stated[2]) : undefined
  if (stated && self) {
    askerHeir = self
    assumptions.push({ kind: 'asker_side', phrase: writtenAs(whole)(stated.index, stated[0]), relation: self })
    // ("I'm his brother, there are 2 of us brothers left": the asker counted in a group named too — one more, or
    // among them? not guessed)
    if (GROUP_WITH_ASKER.test(heirs)) problems.push("the asker's group counted with the asker")
  }
  // «My husband died, leaving our three sons»: the asker, the surviving spouse, is an heir even when not listed
  const spouse = survivingSpouse(key)
  if (spouse && !askerHeir && !assumptions.some((a) => 'relation' in a && a.relation === spouse)) {
    askerHeir = spouse
    assumptions.push({ kind: 'asker_spouse', relation: spouse })
  }
  // «My father died, leaving my mother and my two brothers»: the asker's brothers are his children, and so is the
  // asker, an heir too — counted when the asker's sex is said ("I'm a woman"), the case refused otherwise (a son or
  // a daughter: every share depends on it); not when the asker is already among them («… et moi», «including me»)
  // or speaks for a group («us», «nous»)
  // (and with no child of the deceased named at all: "My father died leaving my mother and his brother" — the asker,
  // his child, inherits all the same; "… his wife, 3 sons and a daughter" counts the asker among them)
  const siblings = listed.some((m) => KIN[m[3]!]?.key === 'brother' || KIN[m[3]!]?.key === 'sister')
  const childless = !siblings && !CHILD_WORDS[lang].test(heirs)
  const child = (siblings || childless) && !askerHeir && mes.length === 0 && !WE.test(heirs) ? askerAsChild(key, asker) : undefined
  if (child && 'relation' in child) {
    askerHeir = child.relation
    assumptions.push({ kind: 'asker_child', relation: child.relation })
  } else if (child) problems.push(child.problem)
  problems.push(...onlyAsked(whole, heirs, key, asker, assumptions, askerHeir))
  // (« jsuis le fils unique de mon père, il est mort »: the asker, his child, said with «le fils» — not placed, left out)
  if (!askerHeir && !assumptions.some(askerNamedSelf) && (key === 'father' || key === 'mother') && ASKER_SAID_CHILD.test(fold(whole)))
    problems.push('the asker, a child of the deceased, is not placed')
  if (assumptions.length === 0 && problems.length === 0 && edits.length === 0) return undefined
  // («ma tante (la sœur de mon père)», "my aunt … my father": who died said with the side read, the gloss with it)
  const sided = key !== who.key ? SIDED_SUBJECT[key] : undefined
  const told = sided ? `${source.slice(0, subject.index)}${sided[lang]}` : source.slice(0, from)
  return { text: told + text, deceased, assumptions, problems, ...(askerHeir ? { askerHeir } : {}) }
}

/** A brother or sister of the deceased with the line said after the word (« consanguine », « utérin »). */
function lineSaidAfter(relation: Relation | undefined, line: string | undefined): Relation | undefined {
  if (!line || /^germaine?$/.test(line) || (relation !== 'full_brother' && relation !== 'full_sister')) return relation
  const paternal = /^(?:consanguine?|paternelle?)$/.test(line)
  if (relation === 'full_brother') return paternal ? 'paternal_brother' : 'maternal_brother'
  return paternal ? 'paternal_sister' : 'maternal_sister'
}

/** "my cousins", « mes cousines »: the asker's cousins. */
const COUSINS = /(?:^|\s)(?:my|our|mon|ma|mes|notre|nos)\s+(?:\S+\s+){0,2}?(?:cousins?|cousines?)\b/g

/** An uncle or an aunt who died, said with the side the reading settled. */
const SIDED_SUBJECT: Partial<Record<Key, Record<'fr' | 'en', string>>> = {
  paternal_uncle: { en: 'my paternal uncle', fr: 'mon oncle paternel' },
  maternal_uncle: { en: 'my maternal uncle', fr: 'mon oncle maternel' },
  paternal_aunt: { en: 'my paternal aunt', fr: 'ma tante paternelle' },
  maternal_aunt: { en: 'my maternal aunt', fr: 'ma tante maternelle' },
}

/**
 * "two wives, me and another", « deux épouses (moi et une autre) », "three daughters including me", « trois filles
 * dont moi »: the asker named as one of a group already counted — the span that names them (to be dropped), when
 * the group is of the asker's own relation.
 */
function inGroup(heirs: string, me: RegExpMatchArray, target: Relation, deceased: Sex, lang: 'fr' | 'en'): { at: number; length: number } | undefined {
  const before = GROUP_BEFORE.exec(heirs.slice(Math.max(0, me.index! - 60), me.index))
  if (!before) return undefined
  const noun = before[1]!
  const nouns = [true, false].flatMap((plural) => phrase(target, deceased, lang, plural, undefined).split(/[\s()]+/))
  if (!nouns.includes(noun) && !(target === 'wife' && /^(femmes|wives)$/.test(noun))) return undefined
  const after = OTHERS_AFTER.exec(heirs.slice(me.index! + me[0].length))
  // ("1 fille (moi)", "a son (me)": the one named is the asker)
  const closing = /\(\s*$/.test(before[0]) ? /^\s*\)/.exec(heirs.slice(me.index! + me[0].length)) : null
  const including = before[2] !== undefined || closing !== null
  if (!after && !including) return undefined
  const at = me.index! - (before[0].length - before[0].indexOf(before[1]!) - noun.length)
  const end = me.index! + me[0].length + (after ? after[0].length : (closing?.[0].length ?? 0))
  return { at, length: end - at }
}

/** A counted group just before the asker: «two wives,», « trois filles, dont », "three sons (including", "1 fille (". */
const GROUP_BEFORE =
  /(?:\d+|a|an|one|un|une|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+([a-z-]+)\s*[,(:]?\s*(including|incl\.?|dont|y compris|among them|parmi (?:eux|elles))?\s*$/
/** The rest of the group after the asker: "and another", « et une autre », "and the two others)". */
const OTHERS_AFTER =
  /^\s*(?:and|et)\s+(?:another|an other|one other|the other(?: one)?|the others|(?:\d+|two|three|four|deux|trois|quatre) others?|une autre|un autre|l'autre|les autres|(?:\d+|deux|trois|quatre) autres)\b\)?/

/**
 * "Our parents are dead", « ma mère est déjà décédée »: kin said to have died before — still said again from the
 * deceased's side (the parser leaves them out), but not said back as heirs read.
 */
/**
 * "My father died leaving my mother and me (son). What does my brother get?": the asker's kin asked about but not in
 * the family told — divided without them, the shares would be wrong.
 */
function onlyAsked(whole: string, heirs: string, key: Key, asker: Sex | undefined, assumptions: readonly Assumption[], askerHeir: Relation | undefined): string[] {
  const problems: string[] = []
  for (const q of fold(whole).match(/[^.!?]*\?/g) ?? [])
    for (const m of q.matchAll(HEIR)) {
      const kin = KIN[m[3]!]
      const target = kin && deceasedSide(key, sidedKin(kin.key, sideSaid(m[0])), asker)
      if (!target || kinNamedIn(heirs, kin.key)) continue
      // (the same relation as the asker's own — "me (son)" and "my brother" — is one more heir, not the asker)
      const askers = assumptions.some((a) => askerNamedSelf(a) && 'relation' in a && a.relation === target) || target === askerHeir
      if (askers || !assumptions.some((a) => 'relation' in a && a.relation === target)) problems.push(`“${m[0].trim()}” is named only in the question`)
    }
  return problems
}

/** Whether any word of this kin («brother», «brothers», «bro») is in the text told. */
const kinNamedIn = (text: string, key: Key): boolean => Object.keys(KIN).some((noun) => KIN[noun]!.key === key && new RegExp(`(?<![\\w-])${noun}(?![\\w-])`).test(text))

const saidDead = (heirs: string, m: RegExpMatchArray): boolean => saidToHaveDiedBefore(heirs.slice(m.index! + m[0].length))

/** "2 of us brothers", "the three of us", « on est 3 frères », « nous sommes deux »: a group the asker is one of, counted. */
const GROUP_WITH_ASKER = /\b(?:\d+|two|three|four|five|six|deux|trois|quatre|cinq|six) of us\b|\b(?:on est|nous sommes|we are|we're)\s+(?:\d+|two|three|four|five|six|deux|trois|quatre|cinq|six)\b/

/** Who died, named from the asker's side («my father died», « J'ai perdu mon père »), over folded text. */
function askersDeceased(source: string): { subject: RegExpMatchArray & { index: number }; who: (typeof KIN)[string] } | undefined {
  const death = DEATH.exec(source)
  if (!death) return undefined
  const subject = lostKin(source, death.index) ?? [...source.slice(0, death.index).matchAll(DECEASED)].at(-1)
  const who = subject && KIN[subject[1]!]
  return subject && who ? { subject: subject as RegExpMatchArray & { index: number }, who } : undefined
}

/** «My uncle died», « ma tante est décédée »: who died is the asker's uncle or aunt, of either side. */
export function parentsSiblingDied(told: string): boolean {
  const key = askersDeceased(fold(parentGlossed(grandparentsThroughParent(told))))?.who.key
  return key === 'uncle' || key === 'aunt'
}

/** « est décédée, mon père aussi », "passed away, and my mom too" (folded). */
const DIED_TOO = /\b(?:decedee?|morte?|died|passed away|passed)\s*,\s*(?:(?:et|and)\s+)?(?:mon|ma|my|our|notre)\s+[a-z-]+\s+(?:aussi|egalement|too|as well)\b/

/** A death said, in any tense ("died", "passed away", « décédés », « morte »), not "leaving" (folded). */
const DIED_WORDS = /\b(?:died|dies|passed away|passed on|passed|dead|deceased|decede|decedee|decedes|decedees|deceda|mort|morte|morts|mortes|predecedee?s?)\b/g

/** "I lost my father", « J'ai perdu mon père » (folded): a death told as the asker's loss. */
const LOST = /\b(?:i|we|i've|we've|i have|we have|j'ai|nous avons)\s+(?:(?:just|recently|recemment|hier|yesterday)\s+)?(?:lost|perdu)\s+(?:(?:recemment|hier)\s+)?(?=(?:my|our|mon|ma|notre)\s)/

/**
 * The kinsman the asker says they lost, when that is said before the first death word (« J'ai perdu mon père. Ma
 * mère est décédée avant lui. Il laisse… »: the father died, not the mother named by the death word).
 */
function lostKin(source: string, deathAt: number): RegExpExecArray | undefined {
  const lost = LOST.exec(source)
  if (!lost || lost.index > deathAt) return undefined
  const kin = new RegExp(DECEASED.source, 'y')
  kin.lastIndex = lost.index + lost[0].length
  return kin.exec(source) ?? undefined
}

/** A phrase found in the folded text, as the asker wrote it («ma sœur», not «ma soeur»): where each folded character comes from. */
function writtenAs(original: string): (at: number, text: string) => string {
  const folded = fold(original)
  const origin = [...original].flatMap((c, i) => Array.from(fold(c), () => i))
  return (at, text) => (origin.length === folded.length && text.length > 0 ? original.slice(origin[at], origin[at + text.length - 1]! + 1) : text).trim()
}

/** "my paternal grandfather", « mon grand-père maternel »: the side said of the deceased. */
function sideSaid(deceased: string): 'paternal' | 'maternal' | undefined {
  return PATERNAL_SAID.test(deceased) ? 'paternal' : MATERNAL_SAID.test(deceased) ? 'maternal' : undefined
}
/** "paternal", « paternel », "on my dad's side", "(dad's brother)", « du côté de mon père » (folded). */
const PATERNAL_SAID = /\b(?:paternal|paternel)|\b(?:dad|father|papa)'s (?:side|brother|sister)\b|\bdu cote (?:de (?:mon|notre) (?:pere|papa)|paternel)/
const MATERNAL_SAID = /\b(?:maternal|maternel)|\b(?:mom|mum|mother|mama)'s (?:side|brother|sister)\b|\bdu cote (?:de (?:ma|notre) (?:mere|maman)|maternel)/

/**
 * "My son died leaving his wife, his father and me", « Mon fils est décédé … et moi »: a child's death told by a
 * parent who is among the heirs — the parent's place (father or mother) is not read here, so the case is refused
 * rather than computed without the asker. So is "My son died leaving his wife and a daughter" where neither the
 * asker nor the deceased's parents are named: the asker, a living parent, is an heir all the same.
 */
export function parentListedAtChildsDeath(source: string): boolean {
  const death =
    /\b(?:my|our|mon|ma|notre)\s+(?:(?:only|eldest|youngest|unique|aine|ainee|cadet|cadette)\s+)?(?:son|daughter|child|boy|girl|fils|fille|enfant|garcon)\b[^.;!?]{0,60}?\b(?:died|passed away|passed|est decedee?|est morte?|decede|meurt|nous a quittes?)/.exec(
      source,
    )
  if (!death) return false
  // (a copy without the global flag: ME's own position is its other readers'; "me (his father)" says who the asker is)
  const after = source.slice(death.index + death[0].length)
  const me = new RegExp(ME.source).exec(after)
  if (me === null) return !PARENT_NAMED.test(after)
  return me[2] === undefined && me[3] === undefined
}

/** Children of the deceased named from his side ("3 sons", « ses enfants »): the asker may be among them. */
const CHILD_WORDS = { en: /\b(?:sons?|daughters?|children|child|kids?|boys?|girls?)\b/, fr: /\b(?:fils|filles?|enfants?|garcons?)\b/ }

/** The deceased's parents named, or the asker saying who they are ("his mother", « son père », "I am …"). */
const PARENT_NAMED = /\b(?:his|her|their|son|sa|ses|leur|leurs)\s+(?:mother|father|parents|mom|mum|dad|mere|pere|maman|papa)\b|\b(?:i am|i'm|je suis)\b/

function askerSex(source: string, deceased: Key): Sex | undefined {
  // (the spouse of a husband is a wife)
  if (deceased === 'husband') return 'female'
  if (deceased === 'wife') return 'male'
  const said = ASKER_SAID.exec(source)
  const word = said?.slice(1).find((w) => w !== undefined)
  if (!word) return undefined
  return MALE_SAID.test(word) ? 'male' : 'female'
}

/**
 * "What is the share of the husband if his wife dies and leaves a son?", « Quelle est la part du mari si sa femme
 * décède en laissant un fils ? »: who died named through the heir asked about; said again as a family ("A woman
 * died leaving her husband, a son") with that heir among the others.
 */
export function latinThroughHeir(original: string, lang: 'fr' | 'en'): string | undefined {
  const m = (lang === 'en' ? THROUGH_EN : THROUGH_FR).exec(fold(original))
  if (!m) return undefined
  const [, asked, through, rest] = m as unknown as [string, string, string, string]
  const deceased = KIN[through]
  const heir = KIN[asked]
  if (!deceased || !heir) return undefined
  const relation = THROUGH_KIN[deceased.key]?.[heir.key]
  if (!relation) return undefined
  const sex = deceased.sex ?? 'male'
  return lang === 'en'
    ? `A ${sex === 'male' ? 'man' : 'woman'} died leaving ${phrase(relation, sex, lang, false, undefined)}, ${rest}`
    : `${sex === 'male' ? 'Un homme' : 'Une femme'} décède en laissant ${phrase(relation, sex, lang, false, undefined)}, ${rest}`
}

const THROUGH_EN = new RegExp(
  `\\b(?:share of|how much (?:does|will|would)|what (?:does|will|would)|does) the (${NOUNS}|widow)\\b[^?]*?\\b(?:if|when|after) (?:his|her) (${NOUNS}) (?:dies|died|passes away|passed away)(?:,| and)? (?:leaving|leaves|left|and leaves|and left)?\\s*([^?]+)`,
)
const THROUGH_FR = new RegExp(
  `\\b(?:part (?:du|de la|de l')\\s*|combien (?:touche|recoit|herite) (?:le|la|l')\\s?|(?:le|la) )(${NOUNS}|veuve)\\b[^?]*?\\b(?:si|quand|lorsque) (?:son|sa) (${NOUNS}) (?:decede|meurt|est decedee?|est morte?)(?:,| et)? (?:en laissant|laissant|et laisse|laisse)?\\s*([^?]+)`,
)
/** What the heir asked about is to the deceased, by what the deceased is to that heir. */
const THROUGH_KIN: Partial<Record<Key, Partial<Record<Key, Relation>>>> = {
  wife: { husband: 'husband' },
  husband: { wife: 'wife' },
  father: { son: 'son', daughter: 'daughter' },
  mother: { son: 'son', daughter: 'daughter' },
  son: { father: 'father', mother: 'mother' },
  daughter: { father: 'father', mother: 'mother' },
  brother: { brother: 'full_brother', sister: 'full_sister' },
  sister: { brother: 'full_brother', sister: 'full_sister' },
}
