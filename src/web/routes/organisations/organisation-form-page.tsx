import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type TOrganisationKind } from '../../../shared/enums';
import { getOrganisation } from '../../api/organisations';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { emptyOrganisationForm, organisationToForm } from '../../lib/organisation-form';
import { OrganisationForm } from './organisation-form';

/** `/organisations/new` (optionally `?kind=structure`). */
export function OrganisationCreatePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const kind = params.get('kind');
  const initial = emptyOrganisationForm(
    (ORGANISATION_KINDS as readonly string[]).includes(kind ?? '')
      ? (kind as TOrganisationKind)
      : '',
  );
  return (
    <>
      <PageHeader title={t('organisations.form.createTitle')} />
      <OrganisationForm initialValues={initial} />
    </>
  );
}

/** `/organisations/:id/edit`. */
export function OrganisationEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: queryKeys.organisation(id), queryFn: () => getOrganisation(id) });
  return (
    <>
      <PageHeader title={t('organisations.form.editTitle')} intro={q.data?.name} />
      {q.isPending ? (
        <PageLoader />
      ) : q.error ? (
        <ErrorAlert error={q.error} />
      ) : (
        <OrganisationForm
          key={q.data.id}
          id={q.data.id}
          initialValues={organisationToForm(q.data)}
        />
      )}
    </>
  );
}
