import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchHome } from '../../api/platform';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { useActiveMembership, useRequiredSession } from '../../hooks/use-session';
import { homeKindFor } from '../../lib/home';
import { BankHome } from './bank-home';
import { MemberHome } from './member-home';
import { NoRoleHome } from './no-role-home';

/** Home: greets the person and shows what their active role is about. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const membership = useActiveMembership();
  const home = useQuery({ queryKey: queryKeys.home, queryFn: fetchHome, enabled: !!membership });
  const kind = homeKindFor(membership?.role);
  const role = membership?.role ?? 'none';

  return (
    <Stack gap="lg" data-testid={`home-${role}`}>
      <PageHeader
        title={t('home.title')}
        intro={
          <>
            <Text component="span" fw={600} c="var(--mantine-color-text)">
              {t('home.greeting', { name: session.user.displayName })}
            </Text>
            {membership && (
              <>
                {' — '}
                {t('home.activeRole', {
                  role: t(`roles.${membership.role}`),
                  organisation: membership.organisationName,
                })}
              </>
            )}
          </>
        }
      />
      {kind === 'none' ? (
        <NoRoleHome />
      ) : home.isPending ? (
        <PageLoader />
      ) : home.error ? (
        <ErrorAlert error={home.error} />
      ) : kind === 'bank' ? (
        <BankHome counts={home.data.counts} />
      ) : (
        <MemberHome kind={kind} organisation={home.data.organisation} />
      )}
    </Stack>
  );
}
