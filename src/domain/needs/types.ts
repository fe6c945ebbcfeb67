/** A problem with one field, as returned in a 400 response and translated by the UI. */
export interface TFieldIssue {
  path: string;
  code: string;
  params?: Record<string, unknown>;
}
