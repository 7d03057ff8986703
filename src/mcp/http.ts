import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
import type { FastifyPluginAsync } from 'fastify'
import { caller, type Guard } from '../auth/guard'
import { registerErrorHandling, toJsonRpcError } from '../errors'
import { createMcpServer, type McpDeps } from './server'

interface Options {
  deps: McpDeps
  authenticate: Guard
}

const METHOD_NOT_ALLOWED = { jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: this MCP server is stateless; POST each request.' }, id: null }

/**
 * POST /mcp: MCP's Streamable HTTP transport, stateless as the SDK advises for servers behind a load balancer:
 * every POST is authenticated (a deleted key is refused at its next request, on every instance) and served by a
 * server and transport of its own, so no instance holds a session another would lack. Answers are JSON, not SSE
 * streams: the tools send no notifications along the way, and a plain JSON answer goes through any proxy.
 * There is no server-initiated stream, so GET (which would open one), DELETE (which would end a session) and
 * any other method are 405.
 * Not in the OpenAPI document: JSON-RPC methods behind one address are not something it can describe.
 */
export const mcpRoutes: FastifyPluginAsync<Options> = async (app, { deps, authenticate }) => {
  registerErrorHandling(app, toJsonRpcError)
  const schema = { hide: true }

  app.post('/mcp', { preHandler: authenticate, schema }, async (req, reply) => {
    const userId = caller(req).sub
    const server = createMcpServer(deps, async () => userId)
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true })
    // The response is written by the transport: the headers set so far (CORS, security, request id) go with it.
    reply.hijack()
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) reply.raw.setHeader(name, value)
    // Closed with the response, or when the client leaves first: that aborts a tool still running (an answer).
    reply.raw.on('close', () => {
      void transport.close()
      void server.close()
    })
    await server.connect(transport)
    await transport.handleRequest(req.raw, reply.raw, req.body)
  })

  // Refused before the body is read: a DELETE sent with a JSON content type and no body is still a 405, not a parse error.
  app.route({
    method: ['GET', 'DELETE', 'PUT', 'PATCH'],
    url: '/mcp',
    schema,
    onRequest: async (_req, reply) => reply.status(405).header('allow', 'POST').send(METHOD_NOT_ALLOWED),
    handler: async (_req, reply) => reply,
  })
}
