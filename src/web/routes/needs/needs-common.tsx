import { Badge, Group, Pagination, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TRequestStatus, TWaitingFor } from '../../../shared/needs-enums';
import { ApiError } from '../../api/client';
import { translateFieldError } from '../../components/common/field-error';
import { focusFirstError } from '../../components/common/focus-first-error';
import { issuesToFieldErrors, placeFieldErrors, type TIssueLike } from '../../lib/field-errors';

/**
 * Translates a field error code of the needs area (`needs.fields.<code>`, with its params),
 * falling back on the shared field errors (`fields.<code>`).
 */
export function needsFieldError(
  t: TFunction,
  code: unknown,
  params: Record<string, unknown> = {},
): string | undefined {
  if (typeof code !== 'string' || !code) return undefined;
  const own = t(`needs.fields.${code}`, { ...params, defaultValue: '' });
  return own || translateFieldError(t, code);
}

/** A mantine-form validator from a zod schema: the same codes as the server, on the fields. */
export function schemaValidator<V>(
  schema: {
    safeParse: (v: unknown) => { success: boolean; error?: { issues: readonly TIssueLike[] } };
  },
  toInput: (values: V) => unknown,
  isPath: (path: string) => boolean,
) {
  return (values: V): Record<string, string> => {
    const r = schema.safeParse(toInput(values));
    if (r.success || !r.error) return {};
    return placeFieldErrors(issuesToFieldErrors(r.error.issues), isPath).errors;
  };
}

/**
 * Puts an API failure's field errors on the form's fields; returns the error to show in a
 * general alert (null when every problem is shown next to its field).
 */
export function applyApiError<V>(
  form: UseFormReturnType<V>,
  e: unknown,
  isPath: (path: string) => boolean,
): unknown {
  if (e instanceof ApiError && e.fields.length) {
    const { errors, unplaced } = placeFieldErrors(e.fields, isPath);
    form.setErrors(errors);
    focusFirstError(null);
    return unplaced.length || !Object.keys(errors).length ? e : null;
  }
  return e;
}

const STATUS_COLORS: Record<TRequestStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  under_review: 'indigo',
  needs_information: 'grape',
  approved: 'teal',
  rejected: 'red',
  partly_fulfilled: 'cyan',
  fulfilled: 'green',
  closed: 'gray',
  withdrawn: 'gray',
};

/** A request's status as a coloured badge. */
export function RequestStatusBadge({ status }: { status: TRequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="dot" style={{ textTransform: 'none' }}>
      {t(`needs.status.${status}`)}
    </Badge>
  );
}

/** Who the request is waiting for, in words. */
export function WaitingFor({ waitingFor }: { waitingFor: TWaitingFor }) {
  const { t } = useTranslation();
  return <Text size="sm">{t(`needs.waitingFor.${waitingFor ?? 'none'}`)}</Text>;
}

/** Page numbers under a list, when there is more than one page. */
export function ListPages({
  total,
  limit,
  page,
  onChange,
}: {
  total: number;
  limit: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.ceil(total / limit);
  if (pages <= 1) return null;
  return (
    <Group justify="center" mt="md">
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        getControlProps={(control) => ({
          'aria-label': t(`needs.pages.${control}`),
        })}
        getItemProps={(p) => ({ 'aria-label': t('needs.pages.page', { page: p }) })}
      />
    </Group>
  );
}
