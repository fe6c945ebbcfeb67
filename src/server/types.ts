import type { FastifyInstance, FastifyBaseLogger, RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TAction } from '../domain/policy';
import type { TActor } from '../domain/policy';
import type { ServiceContext } from '../services/context';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy action this route performs; every /api route must declare one. */
    action?: TAction;
    /** false for the few writes that come without a session (login, webhooks). */
    csrf?: boolean;
  }
  interface FastifyRequest {
    actor: TActor | null;
    sessionId: string | null;
    csrfToken: string | null;
    /** The service context for this request. */
    ctx: ServiceContext;
  }
}

/** The Fastify instance with the zod type provider. */
export type TApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** One entry of the route table: method, URL and the action it performs. */
export interface TRouteEntry {
  method: string;
  url: string;
  action: TAction;
}
