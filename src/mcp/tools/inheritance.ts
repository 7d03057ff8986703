import { inheritanceBody, inheritanceResultSchema } from '../../contract/inheritance'
import type { InheritanceService } from '../../inheritance/service'
import { defineTool } from '../tool'

/** The farāʾiḍ calculator for agents: the same body and result as POST /api/v1/inheritance. */
export const computeInheritanceTool = (deps: { inheritance: Pick<InheritanceService, 'compute'> }) =>
  defineTool({
    name: 'compute_inheritance',
    title: 'Compute inheritance shares (farāʾiḍ)',
    description:
      "Computes each heir's share of an estate by Islamic law: the deceased's sex, the heirs (relation and count; barred relatives with `barred`), an optional estate, debts and bequest, the school where they differ. Returns the shares as exact fractions, the base and its ʿawl or radd, who is excluded and by whom, the amounts, and each share's verse or hadith.",
    input: inheritanceBody.shape,
    output: inheritanceResultSchema.shape,
    readOnly: true,
    async run(body) {
      const result = await deps.inheritance.compute(body)
      const lines = result.heirs.map(
        (h) => `- ${h.label}${h.count > 1 ? ` ×${h.count}` : ''}: ${h.status === 'heir' ? `${h.share} (${h.sihaam}/${result.base_final})` : h.status}${h.amount !== undefined ? `, ${h.amount}` : ''}`,
      )
      return { text: [`Base ${result.base}${result.awl_base ? ` → ${result.awl_base} (ʿawl)` : ''}, school ${result.school}`, ...lines].join('\n'), structured: result }
    },
  })
