/** Runtime configuration, read once from the environment (see README's configuration table). */
export interface TAppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Address people use to reach the app; used in mailed links. */
  publicUrl: string;
  /** SMTP URL (smtp://user:pass@host:port); without it mails stay in the admin outbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionTtlHours: number;
  secureCookies: boolean;
  /** Failed logins allowed per e-mail in the window before refusing. */
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** Submissions of each public form (application, donation) allowed per address in the window. */
  publicFormMaxPerWindow: number;
  publicFormWindowMinutes: number;
  logLevel: string;
}

/** Reads the configuration from environment variables, with defaults fit for `npm start`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): TAppConfig {
  const port = Number(env.PORT ?? 3000);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.PASSERELLE_DATA_DIR ?? './data',
    publicUrl: (env.PASSERELLE_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Passerelle <no-reply@passerelle.local>',
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    secureCookies: env.PASSERELLE_SECURE_COOKIES === 'true',
    loginMaxFailures: Number(env.LOGIN_MAX_FAILURES ?? 5),
    loginWindowMinutes: Number(env.LOGIN_WINDOW_MINUTES ?? 15),
    publicFormMaxPerWindow: Number(env.PUBLIC_FORM_MAX_SUBMISSIONS ?? 10),
    publicFormWindowMinutes: Number(env.PUBLIC_FORM_WINDOW_MINUTES ?? 60),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
