import type { Lang } from '../../contract/common'
import { RELATION_LABELS } from './labels'
import type { Relation } from './relations'

/** What a parser took for granted, said back to the asker in their language. */
export type Assumption =
  | { kind: 'line_full'; relation: Relation }
  | { kind: 'line_paternal'; relation: Relation }
  | { kind: 'maternal_grandmother' }
  /** «جدتان»: two grandmothers of no side said, taken as one on each side. */
  | { kind: 'both_grandmothers' }
  | { kind: 'sons_child'; relation: Relation }
  /** «أبناء», "his sons": a plural with no number; `relation` is the heir it was counted for. */
  | { kind: 'count'; phrase: string; count: number; relation: Relation }
  | { kind: 'deceased_male' }
  /** A relative of another religion was barred: the deceased taken to be a Muslim. */
  | { kind: 'deceased_muslim' }
  | { kind: 'lower_descendant_excluded'; phrase: string }
  | { kind: 'distant_kin_excluded'; phrase: string }
  /** "a son from his first wife", «ابن من زوجته الأولى»: the wife named only as a mother, taken to be his wife no longer. */
  | { kind: 'wife_named_as_mother'; phrase: string }
  /** Kin by marriage, by nursing or by a spouse's other marriage («his wife's son», "his foster brother»): no heir. */
  | { kind: 'not_kin'; phrase: string }
  /** Kin named from the asker's side («my mother» when the father died): read as the deceased's relative. */
  | { kind: 'asker_side'; phrase: string; relation: Relation; many?: true }
  /** «My husband died…»: the asker, the surviving spouse, counted among the heirs though not listed. */
  | { kind: 'asker_spouse'; relation: Relation }
  /** «My father died, leaving my mother and my brothers. I'm a woman.»: the asker, his child, counted among the heirs though not listed. */
  | { kind: 'asker_child'; relation: Relation }
  /** «وحمل لزوجة ابنه» beside a son: the unborn, a grandchild or a sibling's child, inherits nothing whatever it is. */
  | { kind: 'unborn_excluded' }
  /** «(توفي بعد أبيه)»: an heir who died after the deceased inherits; his part passes to his own heirs. */
  | { kind: 'died_after' }
  /** "nephew", "cousin": a word for several kin, read as the agnate one (a brother's son, an uncle's son). */
  | { kind: 'agnate_read'; phrase: string; relation: Relation }
  /** A later deceased's heirs taken to be some of the first deceased's («his mother», the deceased's wife). */
  | { kind: 'same_people'; of: Relation; relation: Relation; sameAs: Relation }
  /** A child who died later, his heirs unsaid: taken to be the first heirs who are his kin, no spouse or child. */
  | { kind: 'later_heirs_inferred'; of: Relation }
  /** An heir of unknown sex, whether it may still become clear unsaid: taken that it may (a child). */
  | { kind: 'hermaphrodite_hope' }
  /** «ثلاثة أولاد» with no daughter named: read as sons, though the word covers daughters too. */
  | { kind: 'children_as_sons'; phrase: string }
  /** "3 siblings" of no stated sex beside one who excludes them all: counted as full brothers, only their number counting. */
  | { kind: 'siblings_unsexed'; phrase: string; excluder: Relation }

export function dedupeAssumptions(all: readonly Assumption[]): Assumption[] {
  const seen = new Set<string>()
  return all.filter((a) => {
    const key = JSON.stringify(a)
    return !seen.has(key) && seen.add(key) !== undefined
  })
}

/** A relation's label for several of them: "son's sons", "full brothers", « filles du fils », « frères germains ». */
function pluralLabel(label: string, lang: 'en' | 'fr'): string {
  if (lang === 'en') return label.replace(/(\S+)$/, (w) => (w === 'wife' ? 'wives' : /s$/.test(w) ? w : `${w}s`))
  const at = label.search(/ (?:du|de|des|d’|d')/)
  const head = at < 0 ? label : label.slice(0, at)
  return head.replace(/\S+/g, (w) => (/[sxz]$/.test(w) ? w : `${w}s`)) + (at < 0 ? '' : label.slice(at))
}

export function describeAssumption(a: Assumption, lang: Lang): string {
  const label = 'relation' in a ? RELATION_LABELS[lang][a.relation] : ''
  switch (a.kind) {
    case 'line_full':
      return { en: `line not stated, taken as ${label}`, fr: `lien non précisé, compris comme ${label}`, ar: `لم تُذكر الجهة، فاعتُبر ${label}` }[lang]
    case 'line_paternal':
      return { en: `“not full” taken as ${label}`, fr: `« non germain » compris comme ${label}`, ar: `«غير شقيق» اعتُبر ${label}` }[lang]
    case 'maternal_grandmother':
      return {
        en: 'a grandmother not said to be paternal is taken as the mother’s mother',
        fr: 'une grand-mère non dite paternelle est comprise comme la mère de la mère',
        ar: 'الجدة التي لم تُذكر جهتها اعتُبرت أم الأم',
      }[lang]
    case 'both_grandmothers':
      return {
        en: 'two grandmothers whose side is not said are taken as the mother’s mother and the father’s mother',
        fr: 'deux grands-mères dont le côté n’est pas dit sont comprises comme la mère de la mère et la mère du père',
        ar: 'الجدتان اللتان لم تُذكر جهتهما اعتُبرتا أم الأم وأم الأب',
      }[lang]
    case 'sons_child':
      return a.relation.startsWith('sons_sons')
        ? { en: `a great-grandchild taken as ${label}`, fr: `un arrière-petit-enfant compris comme ${label}`, ar: `ابن الحفيد اعتُبر ${label}` }[lang]
        : { en: `a grandchild taken as ${label}`, fr: `un petit-enfant compris comme ${label}`, ar: `الحفيد اعتُبر ${label}` }[lang]
    case 'count':
      return { en: `“${a.phrase}”: number not stated, ${a.count} assumed`, fr: `« ${a.phrase} » : nombre non précisé, ${a.count} supposé`, ar: `«${a.phrase}»: لم يُذكر العدد، فافتُرض ${a.count}` }[lang]
    case 'lower_descendant_excluded':
      return {
        en: `“${a.phrase}” is excluded by a nearer male descendant`,
        fr: `« ${a.phrase} » est exclu par un descendant mâle plus proche`,
        ar: `«${a.phrase}» محجوب بالفرع الوارث الذكر الأقرب`,
      }[lang]
    case 'distant_kin_excluded':
      return {
        en: `“${a.phrase}”, of the distant kindred, inherits nothing beside a sharer or a residuary`,
        fr: `« ${a.phrase} », parent éloigné, n’hérite pas à côté d’un héritier à part fixe ou d’un ʿaṣaba`,
        ar: `«${a.phrase}» من ذوي الأرحام، لا يرث مع صاحب فرض أو عاصب`,
      }[lang]
    case 'wife_named_as_mother':
      return {
        en: `the wife named only as a mother (“${a.phrase}”) is taken to be his wife no longer (divorced, or dead before him); if she is still his wife, she is an heir too — name her among the heirs`,
        fr: `l’épouse nommée seulement comme mère (« ${a.phrase} ») est comprise comme n’étant plus son épouse (divorcée, ou morte avant lui) ; si elle l’est encore, elle hérite aussi — nommez-la parmi les héritiers`,
        ar: `الزوجة المذكورة أمًّا فقط («${a.phrase}») اعتُبرت غير زوجة له الآن (مطلقة أو متوفاة قبله)؛ فإن كانت ما زالت زوجته فهي وارثة أيضًا — اذكرها مع الورثة`,
      }[lang]
    case 'not_kin':
      return {
        en: `“${a.phrase}” is no kin by blood (by marriage or by nursing): no heir`,
        fr: `« ${a.phrase} » n’est pas parent par le sang (par alliance ou par l’allaitement) : pas héritier`,
        ar: `«${a.phrase}» ليس قريبًا بالنسب (بل بالمصاهرة أو الرضاعة): لا يرث`,
      }[lang]
    case 'deceased_muslim':
      return {
        en: 'the deceased taken to be a Muslim, so that a relative of another religion does not inherit',
        fr: 'le défunt supposé musulman, de sorte qu’un proche d’une autre religion n’hérite pas',
        ar: 'افتُرض أن المتوفى مسلم، فلا يرث قريبه المخالف له في الدين',
      }[lang]
    case 'asker_side':
      return {
        // ("my two aunts" read as the deceased's daughters, not "daughter")
        en: `“${a.phrase}” read as the deceased’s ${a.many ? pluralLabel(label, 'en') : label}`,
        fr: `« ${a.phrase} » compris comme : ${a.many ? pluralLabel(label, 'fr') : label} de la personne décédée`,
        ar: `«${a.phrase}» فُهم على أنه ${label} بالنسبة للمتوفى`,
      }[lang]
    case 'asker_spouse':
    case 'asker_child':
      return {
        en: `you, the deceased’s ${label}, counted among the heirs`,
        fr: `vous-même, ${label} de la personne décédée, compté parmi les héritiers`,
        ar: `عُددتَ من الورثة بصفتك ${label.replace(/^ال/, '')} المتوفى`,
      }[lang]
    case 'unborn_excluded':
      return {
        en: 'the unborn child, whoever it turns out to be, is excluded by the son: nothing is held back for it',
        fr: 'l’enfant à naître, quel qu’il soit, est exclu par le fils : rien n’est réservé pour lui',
        ar: 'الحمل محجوب بالابن أيًّا كان، فلا يوقف له شيء',
      }[lang]
    case 'agnate_read': {
      const nephew = a.relation.includes('brothers')
      return {
        en: `“${a.phrase}” read as the ${label}; ${nephew ? "a sister's son" : "an aunt's or a maternal uncle's child"} would be of the distant kindred, computed otherwise`,
        fr: `« ${a.phrase} » compris comme ${label} ; ${nephew ? 'un fils de la sœur' : 'un enfant de tante ou d’oncle maternel'} serait un parent éloigné, calculé autrement`,
        ar: `«${a.phrase}» اعتُبر ${label}، و${nephew ? 'ابن الأخت' : 'ابن العمة أو الخال أو الخالة'} من ذوي الأرحام يُحسب بغير ذلك`,
      }[lang]
    }
    case 'died_after':
      return {
        en: 'an heir who died after the deceased still inherits; his part then passes to his own heirs, a second division not made here',
        fr: 'un héritier mort après le défunt hérite quand même ; sa part passe ensuite à ses propres héritiers, un second partage non fait ici',
        ar: 'الوارث الذي توفي بعد المتوفى يرث، ثم ينتقل نصيبه إلى ورثته في مسألة ثانية لم تُحسب هنا',
      }[lang]
    case 'siblings_unsexed': {
      const by = RELATION_LABELS[lang][a.excluder]
      return {
        en: `“${a.phrase}”: their sexes and lines are not said, which changes nothing here — the ${by} excludes them all; being two or more, they take the mother down to a sixth`,
        fr: `« ${a.phrase} » : leur sexe et leur lien ne sont pas dits, ce qui ne change rien ici — ${by} les exclut tous ; étant deux ou plus, ils réduisent la mère au sixième`,
        ar: `«${a.phrase}»: لم يُذكر جنسهم ولا جهتهم، ولا أثر لذلك هنا لأن ${by} يحجبهم جميعًا، وهم اثنان فأكثر فيحجبون الأم إلى السدس`,
      }[lang]
    }
    case 'children_as_sons':
      return {
        en: `“${a.phrase}” read as sons; the word covers daughters too — if some are daughters, name them`,
        fr: `« ${a.phrase} » compris comme des fils ; le mot couvre aussi les filles — s’il y en a, nommez-les`,
        ar: `«${a.phrase}» فُهموا ذكورًا، والكلمة تشمل البنات أيضًا، فإن كان فيهم بنات فاذكرهن`,
      }[lang]
    case 'hermaphrodite_hope':
      return {
        en: 'the heir of unknown sex taken to be a child whose sex may still become clear; for an adult whose sex cannot, the Hanbali school gives each heir half of his two parts instead',
        fr: 'l’héritier de sexe indéterminé supposé enfant, dont le sexe peut encore s’établir ; pour un adulte dont le sexe ne le peut plus, l’école hanbalite donne à chacun la moitié de ses deux parts',
        ar: 'افتُرض أن الخنثى صغير يُرجى اتضاح حاله؛ فإن كان بالغًا لا يُرجى اتضاحه أعطي هو ومن معه عند الحنابلة نصف النصيبين',
      }[lang]
    case 'deceased_male':
      return { en: 'the deceased taken to be a man', fr: 'le défunt supposé être un homme', ar: 'افتُرض أن المتوفى رجل' }[lang]
    case 'later_heirs_inferred': {
      const who = RELATION_LABELS[lang][a.of]
      return {
        en: `the ${who} who died later, whose heirs were not said, taken to have left no spouse or child: the heirs are the deceased's heirs who are that child's kin (mother, grandparents, brothers and sisters, uncles)`,
        fr: `${who} mort ensuite, dont les héritiers ne sont pas dits, supposé sans conjoint ni enfant : ses héritiers sont ceux du défunt qui sont de sa parenté (mère, grands-parents, frères et sœurs, oncles)`,
        ar: `${who} المتوفى بعده لم يُذكر ورثته: فعلى أنه لم يترك زوجًا ولا ولدًا، ورثته من ورثة المتوفى الأول من أقاربه (الأم والأجداد والإخوة والأعمام)`,
      }[lang]
    }
    case 'same_people': {
      const [whose, who, same] = [RELATION_LABELS[lang][a.of], RELATION_LABELS[lang][a.relation], RELATION_LABELS[lang][a.sameAs]]
      return {
        en: `the ${who} of the ${whose} who died later taken to be the deceased's ${same}`,
        fr: `${who} (${whose} mort ensuite) compris comme ${same} du défunt`,
        ar: `${who} (${whose} المتوفى بعده) اعتُبر ${same} للمتوفى الأول`,
      }[lang]
    }
  }
}
