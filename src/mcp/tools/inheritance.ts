import { inheritanceBody, inheritanceResultSchema } from '../../contract/inheritance'
import type { InheritanceService } from '../../inheritance/service'
import { defineTool } from '../tool'

/** The farāʾiḍ calculator for agents: the same body and result as POST /api/v1/inheritance. */
export const computeInheritanceTool = (deps: { inheritance: Pick<InheritanceService, 'compute'> }) =>
  defineTool({
    name: 'compute_inheritance',
    title: 'Compute inheritance shares (farāʾiḍ)',
    description:
      "Computes each heir's share of an estate by Islamic law: the deceased's sex, the heirs (relation and count; barred relatives with `barred`), an optional estate, debts and bequest, heirs who died before the division with their own heirs (`later_deaths`), an heir of unknown sex (`hermaphrodite`), the school where they differ. Returns the shares as exact fractions, the base and its ʿawl or radd, who is excluded and by whom, the amounts, and each share's verse or hadith.",
    input: inheritanceBody.shape,
    output: inheritanceResultSchema.shape,
    readOnly: true,
    async run(body) {
      const result = await deps.inheritance.compute(body)
      const lines = result.heirs.map(
        (h) => `- ${h.label}${h.count > 1 ? ` ×${h.count}` : ''}: ${h.status === 'heir' ? `${h.share} (${h.sihaam}/${result.base_final})` : h.status}${h.amount !== undefined ? `, ${h.amount}` : ''}`,
      )
      // (with later deaths, what each line ends with of the first estate)
      const combined = result.combined
        ? [
            `After the later deaths, of ${result.combined.base} shares (al-jāmiʿa):`,
            ...result.combined.heirs.map(
              (h) => `- ${h.label}${h.count > 1 ? ` ×${h.count}` : ''}${h.via_label ? ` (via ${h.via_label})` : ''}: ${h.share} (${h.sihaam})${h.amount !== undefined ? `, ${h.amount}` : ''}`,
            ),
          ]
        : []
      // (with an heir of unknown sex, what each is given while it is unknown)
      const h = result.hermaphrodite
      const unknownSex = h
        ? [
            `With the heir of unknown sex (${h.method}), of ${h.base} shares:`,
            ...h.heirs.map(
              (x) =>
                `- ${result.heirs.find((r) => r.relation === x.relation)?.label ?? x.relation}${x.count > 1 ? ` ×${x.count}` : ''}: ${x.share} (${x.sihaam})${x.amount !== undefined ? `, ${x.amount}` : ''}`,
            ),
            `- the heir of unknown sex: ${h.share} (${h.sihaam})${h.amount !== undefined ? `, ${h.amount}` : ''}`,
            ...(h.reserved_sihaam > 0 ? [`- held until the sex is clear: ${h.reserved} (${h.reserved_sihaam})`] : []),
          ]
        : []
      return { text: [`Base ${result.base}${result.awl_base ? ` → ${result.awl_base} (ʿawl)` : ''}, school ${result.school}`, ...lines, ...combined, ...unknownSex].join('\n'), structured: result }
    },
  })
