/** The whole database schema; drizzle-kit generates migrations from it. */
export * from './organisations';
export * from './accounts';
export * from './platform';
export * from './inventory';
export * from './stock';
export * from './workshop';
export * from './needs';
export * from './structure-applications';
export * from './imports';
export * from './supply';
export * from './supply-grants';
export * from './supply-purchases';
export * from './supply-receipts';
export * from './allocation';
export * from './logistics';
export * from './rate-limits';
