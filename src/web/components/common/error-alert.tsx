import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey, shouldShowRequestId } from '../../lib/api-error';

/**
 * An error explained in the interface language: the translated code, and the request id for
 * unexpected server errors so people can quote it to an administrator.
 */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const retryAfter =
    error instanceof ApiError && error.code === 'auth.rate_limited'
      ? Number(error.details?.retryAfterMinutes)
      : NaN;
  const message = Number.isFinite(retryAfter)
    ? t('auth.login.rateLimited', { count: retryAfter })
    : t(errorMessageKey(error));
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? t('common.errorTitle')}
      role="alert"
    >
      <Text size="sm">{message}</Text>
      {shouldShowRequestId(error) && (
        <Text size="sm" mt="xs" ff="monospace" className="break-anywhere">
          {t('common.requestId', { id: (error as ApiError).requestId })}
        </Text>
      )}
    </Alert>
  );
}
