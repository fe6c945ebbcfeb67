export * from './scan';
export * from './handover';
