import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import Fastify from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../db/connect';
import type { TAppConfig } from './config';
import type { TApp, TRouteEntry } from './types';
import { handleError } from './errors';
import { authHook } from './auth/hooks';
import { VERSION } from './version';
import { healthRoutes } from './routes/health';
import { authRoutes } from './routes/auth';
import { organisationRoutes } from './routes/organisations';
import { userRoutes } from './routes/users';
import { platformRoutes } from './routes/platform';
import { needsRoutes } from './routes/needs';
import { inventoryRoutes } from './routes/inventory';
import { supplyRoutes } from './routes/supply';
import { allocationRoutes } from './routes/allocation';
import { logisticsRoutes } from './routes/logistics';

/** Where `vite build` puts the web app. */
export const WEB_DIST = resolve(import.meta.dirname, '../../dist/web');

/** Options to build the HTTP app. */
export interface BuildAppOptions {
  database: Database;
  config: TAppConfig;
  now?: () => Date;
  logger?: boolean;
  /** Serve the built web app from dist/web (default: when it exists). */
  serveWeb?: boolean;
}

/** The app plus its route table (every API route with its policy action). */
export interface BuiltApp {
  app: TApp;
  routes: TRouteEntry[];
}

/** Builds the Fastify app: API, OpenAPI document, security headers and the web app. */
export async function buildApp(options: BuildAppOptions): Promise<BuiltApp> {
  const { database, config } = options;
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ? { level: config.logLevel } : false,
    genReqId: () => randomUUID(),
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  const routes: TRouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const action = route.config?.action;
    if (!action) throw new Error(`Route ${route.method} ${route.url} declares no policy action`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, action });
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Compressed answers (JS, CSS, JSON, CSV): the web app is ~4× smaller on a phone's
  // connection. Brotli at quality 5: near gzip's speed, smaller output.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine injects its CSS variables in <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        // Helmet adds upgrade-insecure-requests by default: behind HTTPS that is right, but a
        // bank serving on plain http in its own network (or a laptop at a welcome point) would
        // get every script rewritten to https and a blank page.
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: config.secureCookies,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Passerelle API',
        version: VERSION,
        description:
          'Device and connectivity bank for digital inclusion. Cookie sessions; writes need the x-csrf-token header from GET /api/auth/session.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  // Before validation: an unauthorised caller gets 401/403, never a description of the schema.
  app.addHook('preValidation', authHook(database.db, config, now));

  healthRoutes(app, database.kind);
  authRoutes(app);
  organisationRoutes(app);
  userRoutes(app);
  platformRoutes(app);
  needsRoutes(app);
  inventoryRoutes(app);
  supplyRoutes(app);
  allocationRoutes(app);
  logisticsRoutes(app);

  app.get('/api/openapi.json', { config: { action: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const serveWeb = options.serveWeb ?? existsSync(resolve(WEB_DIST, 'index.html'));
  let indexHtml: string | undefined;
  if (serveWeb) {
    indexHtml = readFileSync(resolve(WEB_DIST, 'index.html'), 'utf8');
    await app.register(fastifyStatic, { root: WEB_DIST, index: false, wildcard: false });
    app.get('/assets/*', { schema: { hide: true } }, (request, reply) =>
      reply.sendFile(request.url.replace(/^\//, '').split('?')[0]!, {
        maxAge: '365d',
        immutable: true,
      }),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !indexHtml || request.method !== 'GET') {
      return reply.status(404).send({
        error: { code: 'not_found', message: 'Not found', requestId: request.id },
      });
    }
    // Client-side routes: the web app decides what to show. The page itself is never cached, so
    // a new version's chunks are picked up at the next visit (the chunks are cached for a year).
    return reply.type('text/html').header('cache-control', 'no-cache').send(indexHtml);
  });
  return { app, routes };
}
