import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { Logger } from 'pino'
import type { AskService } from '../conversations/ask'
import type { InheritanceService } from '../inheritance/service'
import type { Retriever } from '../rag/search/retriever'
import type { HadithLookup } from './hadith'
import { registerQuranResources } from './resources'
import { type CallGuard, type Tool, toolError } from './tool'
import { askTool } from './tools/ask'
import { getHadithTool } from './tools/hadith'
import { computeInheritanceTool } from './tools/inheritance'
import { searchSourcesTool } from './tools/search'
import { getVerseTool } from './tools/verses'
import { verifyCitationsTool } from './tools/verify'
import type { VerifyService } from '../verify/service'

/** The services the tools call, built once by the composition root. */
export interface McpDeps {
  retriever: Retriever
  hadith: HadithLookup
  ask: Pick<AskService, 'ask' | 'answerAlone'>
  verify: Pick<VerifyService, 'verifyFor'>
  inheritance: Pick<InheritanceService, 'compute'>
  logger: Logger
}

/**
 * The user a call acts for. Asked again at every call, not once per connection: over stdio a key deleted
 * while the client is connected stops working at its next call (it throws Unauthorized then).
 */
export type WhoIsCalling = () => Promise<string>

/** Every tool, in the order clients list them. A new tool is a `defineTool` module and one line here. */
const TOOLS: Array<(deps: McpDeps) => Tool> = [searchSourcesTool, getVerseTool, getHadithTool, verifyCitationsTool, computeInheritanceTool, askTool]

const INSTRUCTIONS =
  "Sources of Islamic jurisprudence: the Qur'an (Arabic, French, English) and the installed hadith collections. " +
  'Use search_sources to find passages, get_verse and get_hadith to quote them exactly, verify_citations to check quotations in a text, compute_inheritance for the shares of an estate, and ask for an answer that cites them as [n]. ' +
  'Quote scripture from these tools, never from memory, and keep each reference with its quotation.'

const MCP_SERVER_INFO = { name: 'fiqh-rag', version: '1.0.0' } as const

/** An MCP server over the services, acting for one caller: one per stdio process, one per HTTP request. */
export function createMcpServer(deps: McpDeps, whoIsCalling: WhoIsCalling): McpServer {
  const server = new McpServer(MCP_SERVER_INFO, { instructions: INSTRUCTIONS })
  const guard: CallGuard = async (signal, run) => {
    try {
      return await run({ userId: await whoIsCalling(), signal })
    } catch (err) {
      return toolError(err, deps.logger)
    }
  }
  for (const make of TOOLS) make(deps).register(server, guard)
  registerQuranResources(server, whoIsCalling)
  return server
}
