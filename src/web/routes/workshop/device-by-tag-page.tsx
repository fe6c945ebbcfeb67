import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { lookupDevice } from '../../api/inventory';
import { ErrorAlert } from '../../components/common/error-alert';
import { ApiError } from '../../lib/api-error';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { WORKSHOP_KEY } from './workshop-common';

/**
 * Where a label's QR code leads (`/d/<asset tag>`): a phone's own camera app opens it, and the
 * page goes straight to that device's record, or says no device carries the tag.
 */
export function DeviceByTagPage() {
  const { t } = useTranslation();
  const { tag = '' } = useParams();
  const found = useQuery({
    queryKey: [...WORKSHOP_KEY, 'by-tag', tag],
    queryFn: () => lookupDevice(tag),
  });
  if (found.isPending) return <PageLoader />;
  const match = found.data?.matches.find((m) => m.matchedBy === 'asset_tag');
  if (match) return <Navigate to={`/devices/${match.device.id}`} replace />;
  return (
    <>
      <PageHeader title={t('workshop.byTag.title', { tag })} />
      <Stack gap="sm">
        {found.error && !(found.error instanceof ApiError && found.error.code === 'not_found') ? (
          <ErrorAlert error={found.error} />
        ) : (
          <Text role="status">{t('workshop.byTag.notFound', { tag })}</Text>
        )}
        <Anchor component={Link} to={`/devices?search=${encodeURIComponent(tag)}`}>
          {t('workshop.byTag.search')}
        </Anchor>
      </Stack>
    </>
  );
}
