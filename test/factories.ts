/** Test factories (shared with the demo seed). */
export * from '../src/db/seed/factories';
