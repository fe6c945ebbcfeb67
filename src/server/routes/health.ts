import { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { TApp } from '../types';
import type { TDatabaseKind } from '../../db/connect';
import { VERSION } from '../version';

/** Liveness and readiness: answers only when the database answers. */
export function healthRoutes(app: TApp, kind: TDatabaseKind) {
  app.get(
    '/api/health',
    {
      config: { action: 'public' },
      schema: {
        tags: ['platform'],
        summary: 'Health check',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            version: z.string(),
          }),
        },
      },
    },
    async (request) => {
      await request.ctx.db.execute(sql`SELECT 1`);
      return { status: 'ok' as const, database: kind, version: VERSION };
    },
  );
}
