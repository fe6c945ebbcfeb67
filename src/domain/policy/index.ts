/** Access policy: who may do what (see actions.ts for the table). */
export * from './actions';
export * from './can';
