import { Anchor, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { getApplicationByToken, type TApplication } from '../../api/needs';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageLoader } from '../../components/common/page-loader';
import { usePageTitle } from '../../hooks/use-page-title';
import { ApplyForm, type TApplyValues } from './apply-page';

function toValues(a: TApplication): TApplyValues {
  return {
    name: a.name,
    structureType: a.structureType,
    legalId: a.legalId ?? '',
    email: a.email ?? '',
    phone: a.phone ?? '',
    networkIds: a.networkIds ?? [],
    address: {
      line1: a.address.line1,
      line2: a.address.line2 ?? '',
      postalCode: a.address.postalCode,
      communeCode: a.address.communeCode ?? '',
    },
    contacts: a.contacts.map((c) => ({
      name: c.name,
      email: c.email,
      phone: c.phone ?? '',
      function: c.function ?? '',
    })),
    publicServed: a.publicServed,
    expectedBeneficiaries: a.expectedBeneficiaries,
  };
}

/** Completing an application with the one-time link of a coordinator's question (public). */
export function ApplyCompletePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const q = useQuery({
    queryKey: ['public', 'application', token],
    queryFn: () => getApplicationByToken(token),
    enabled: token.length >= 10,
    retry: false,
  });
  usePageTitle(t('needs.apply.title'));
  if (token.length >= 10 && q.isPending) return <PageLoader />;
  if (!q.data)
    return (
      <Stack gap="md">
        <Title order={1}>{t('needs.apply.title')}</Title>
        <ErrorAlert
          error={
            q.error ?? new ApiError(400, 'application.token_invalid', '', undefined, undefined)
          }
        />
        <Anchor component={Link} to="/login" size="sm">
          {t('needs.apply.backToLogin')}
        </Anchor>
      </Stack>
    );
  return (
    <ApplyForm token={token} initial={toValues(q.data)} question={q.data.coordinatorMessage} />
  );
}
