import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { ZodRawShapeCompat } from '@modelcontextprotocol/sdk/server/zod-compat.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import type { Logger } from 'pino'
import type { z } from 'zod'
import { AppError } from '../errors'

/** What a tool runs with: the user the call acts for and the signal of a client that cancels or leaves. */
interface ToolContext {
  userId: string
  signal: AbortSignal
}

/** A tool's result: text for a reader (or a model), and the same facts structured, as its output schema says. */
interface ToolResult<Out extends z.ZodRawShape> {
  text: string
  structured: z.infer<z.ZodObject<Out>>
}

interface ToolDefinition<In extends z.ZodRawShape, Out extends z.ZodRawShape> {
  name: string
  title: string
  description: string
  input: In
  output: Out
  /** Reads only (search, lookups); false for a tool that writes (asking in a conversation saves the exchange). */
  readOnly: boolean
  run(args: z.infer<z.ZodObject<In>>, ctx: ToolContext): Promise<ToolResult<Out>>
}

/** Runs one call for the user behind it; a refusal (deleted key, bad reference…) becomes a tool error. */
export type CallGuard = (signal: AbortSignal, run: (ctx: ToolContext) => Promise<CallToolResult>) => Promise<CallToolResult>

/** A tool ready to be registered: its types stay inside, so a list of tools of different shapes is one type. */
export interface Tool {
  name: string
  register(server: McpServer, guard: CallGuard): void
}

export function defineTool<In extends z.ZodRawShape, Out extends z.ZodRawShape>(def: ToolDefinition<In, Out>): Tool {
  return {
    name: def.name,
    register(server, guard) {
      // Registered through the SDK's plain shape type: its inference does not follow a generic shape.
      server.registerTool<ZodRawShapeCompat, ZodRawShapeCompat>(
        def.name,
        {
          title: def.title,
          description: def.description,
          inputSchema: def.input,
          outputSchema: def.output,
          annotations: { readOnlyHint: def.readOnly, openWorldHint: false },
        },
        // The SDK has validated the arguments against `input` before this runs.
        (args, extra) =>
          guard(extra.signal, async (ctx) => {
            const { text, structured } = await def.run(args as z.infer<z.ZodObject<In>>, ctx)
            return { content: [{ type: 'text', text }], structuredContent: structured as Record<string, unknown> }
          }),
      )
    },
  }
}

/**
 * A failed call as MCP's tool error (`isError: true`), which the calling model reads and can act on: our
 * refusals say what was wrong; anything else is logged and said in general terms, never its internals.
 */
export function toolError(err: unknown, logger: Logger): CallToolResult {
  let message: string
  if (err instanceof AppError) {
    if (err.status >= 500) logger.error({ err }, 'mcp tool failed')
    message = err.message
  } else {
    logger.error({ err }, 'mcp tool failed')
    message = 'An unexpected error occurred; try again later.'
  }
  return { content: [{ type: 'text', text: message }], isError: true }
}
