/** The whole database schema; drizzle-kit generates migrations from it. */
export * from './organisations';
export * from './accounts';
export * from './platform';
