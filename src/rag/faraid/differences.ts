import type { Lang } from '../../contract/common'

/** What another school holds on a case, by name; `describeDifference` says it in the reader's language. */
export type DifferenceCode =
  | 'father_excludes_grandmother'
  | 'siblings_with_grandfather'
  | 'grandfather_excludes_siblings'
  | 'mushtaraka_nothing'
  | 'mushtaraka_share'
  | 'radd_early_treasury'
  | 'spouse_no_radd'
  | 'spouse_radd'
  | 'kindred_inherit'
  | 'kindred_treasury'
  | 'kindred_tanzil'
  | 'kindred_nearest_class'
  | 'killer_by_mistake'
  | 'hermaphrodite_least'
  | 'hermaphrodite_average'
  | 'hermaphrodite_worse_for_him'
  | 'hermaphrodite_by_hope'

const TEXT: Record<DifferenceCode, Record<Lang, string>> = {
  hermaphrodite_least: {
    en: 'every heir, the one of unknown sex too, takes the least of his parts as a male and as a female; the rest waits until the sex is clear or the heirs settle',
    fr: 'chaque héritier, celui de sexe indéterminé aussi, prend la moindre de ses parts selon qu’il est homme ou femme ; le reste attend que le sexe soit établi ou que les héritiers transigent',
    ar: 'يُعامَل كل وارث، والخنثى معهم، بالأضرّ، ويوقف الباقي حتى يتضح أمره أو يصطلحوا',
  },
  hermaphrodite_average: {
    en: 'every heir, the one of unknown sex too, takes half of his parts as a male and as a female',
    fr: 'chaque héritier, celui de sexe indéterminé aussi, prend la moitié de ses deux parts, homme et femme',
    ar: 'يُعطى الخنثى ومن معه نصف النصيبين: نصيب الذكورة ونصيب الأنوثة',
  },
  hermaphrodite_worse_for_him: {
    en: 'the one of unknown sex takes the worse of his two parts, and the others what they take in that reading',
    fr: 'celui de sexe indéterminé prend la moindre de ses deux parts, et les autres ce qu’ils prennent dans ce cas',
    ar: 'يُعطى الخنثى أسوأ حاليه، ويأخذ الباقون نصيبهم على تلك الحال',
  },
  hermaphrodite_by_hope: {
    en: 'while his sex may become clear (a child), the least for each and the rest waits; when not (an adult), half of the two parts',
    fr: 'tant que son sexe peut s’établir (un enfant), la moindre part pour chacun et le reste attend ; sinon (un adulte), la moitié des deux parts',
    ar: 'إن رُجي اتضاح أمره (كالصغير) عومل الجميع بالأضرّ ووقف الباقي، وإلا (كالبالغ المشكل) أعطي نصف النصيبين',
  },
  killer_by_mistake: {
    en: 'one who killed by mistake inherits from the estate, though not from the blood money',
    fr: 'qui a tué par erreur hérite des biens, mais non du prix du sang',
    ar: 'القاتل خطأً يرث من المال دون الدية',
  },
  father_excludes_grandmother: { en: 'the father excludes his own mother', fr: 'le père exclut sa propre mère', ar: 'الأب يحجب أمه' },
  siblings_with_grandfather: {
    en: 'Zayd b. Thābit: the full and paternal siblings inherit with the grandfather, who takes the best of sharing with them, a third, or a sixth',
    fr: 'Zayd b. Thābit : les frères et sœurs germains et consanguins héritent avec le grand-père, qui prend le meilleur du partage avec eux, du tiers ou du sixième',
    ar: 'قول زيد بن ثابت: يرث الإخوة الأشقاء ولأب مع الجد، وله الأحظ من المقاسمة أو الثلث أو السدس',
  },
  grandfather_excludes_siblings: {
    en: 'Abū Ḥanīfa (after Abū Bakr and Ibn ʿAbbās): the grandfather excludes the siblings as the father does',
    fr: 'Abū Ḥanīfa (après Abū Bakr et Ibn ʿAbbās) : le grand-père exclut les frères et sœurs comme le père',
    ar: 'أبو حنيفة (تبعًا لأبي بكر وابن عباس): الجد يحجب الإخوة كالأب',
  },
  mushtaraka_nothing: { en: 'the full siblings, residuaries, receive nothing', fr: 'les germains, héritiers universels, ne reçoivent rien', ar: 'لا شيء للأشقاء لأنهم عصبة استغرقت الفروض التركة' },
  mushtaraka_share: {
    en: "the full siblings share the maternal siblings' third, counted as maternal siblings",
    fr: 'les germains partagent le tiers des utérins, comptés comme utérins',
    ar: 'يشترك الأشقاء مع الإخوة لأم في الثلث كأنهم إخوة لأم',
  },
  radd_early_treasury: {
    en: 'the early school gave the surplus to the public treasury; its later scholars return it to the sharers, as here',
    fr: "l'école ancienne donnait le surplus au trésor public ; ses savants tardifs le rendent aux héritiers à part fixe, comme ici",
    ar: 'كان متقدمو المذهب يجعلون الباقي لبيت المال، والمتأخرون يردّونه على أصحاب الفروض كما هنا',
  },
  spouse_no_radd: {
    en: 'nothing returns to a spouse: the rest goes to the public treasury',
    fr: 'rien ne revient au conjoint : le reste va au trésor public',
    ar: 'لا يُرَدّ على الزوجين، والباقي لبيت المال',
  },
  spouse_radd: {
    en: 'its later scholars return the rest to the spouse when no one else inherits',
    fr: "ses savants tardifs rendent le reste au conjoint quand personne d'autre n'hérite",
    ar: 'متأخروه يردّون الباقي على الزوج أو الزوجة إذا لم يوجد وارث غيره',
  },
  kindred_inherit: {
    en: 'the distant kindred inherit what no sharer or residuary takes',
    fr: 'les parents éloignés héritent de ce que nul autre héritier ne prend',
    ar: 'يرث ذوو الأرحام ما لا يأخذه صاحب فرض ولا عصبة',
  },
  kindred_treasury: {
    en: 'the early school gives the distant kindred nothing: the estate goes to the public treasury',
    fr: "l'école ancienne ne donne rien aux parents éloignés : la succession va au trésor public",
    ar: 'متقدمو المذهب لا يورّثون ذوي الأرحام، والمال لبيت المال',
  },
  kindred_tanzil: {
    en: 'tanzīl: each kinsman takes the share of the heir through whom he is related',
    fr: "tanzīl : chaque parent prend la part de l'héritier par qui il est apparenté",
    ar: 'التنزيل: يُنزَّل كل منهم منزلة من أدلى به',
  },
  kindred_nearest_class: {
    en: "the nearest class of kindred takes everything, the male twice the female (aunts and uncles, or their children, two thirds to the father's side and one third to the mother's)",
    fr: 'la classe de parents la plus proche prend tout, le garçon le double de la fille (tantes et oncles, ou leurs enfants : deux tiers au côté du père, un tiers au côté de la mère)',
    ar: 'الأقرب صنفًا يحوز المال، للذكر مثل حظ الأنثيين (والعمومة والخؤولة وأولادهم: الثلثان لجهة الأب والثلث لجهة الأم)',
  },
}

export function describeDifference(code: DifferenceCode, lang: Lang): string {
  return TEXT[code][lang]
}
