import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { startStockCount } from '../../api/stock-counts';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { ApiError } from '../../lib/api-error';
import { useLocations } from './workshop-common';

/**
 * Starts a stock count (audit) of a location. A location has one open count at a time: when
 * one is already open, the page offers to continue it instead.
 */
export function CountStartPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locations = useLocations();
  const [locationId, setLocationId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: (id: string) => startStockCount(id),
    onSuccess: (count) => void navigate(`/stock/counts/${count.id}`),
  });
  const openId =
    start.error instanceof ApiError && start.error.code === 'conflict'
      ? String(start.error.details?.countId ?? '')
      : '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (locationId) start.mutate(locationId);
  };
  return (
    <>
      <PageHeader
        title={t('workshop.count.startTitle')}
        intro={t('workshop.count.startIntro')}
        before={
          <Anchor component={Link} to="/stock" size="sm">
            {t('workshop.count.backToStock')}
          </Anchor>
        }
      />
      <Paper p="md" maw={560}>
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Select
              label={t('workshop.common.location')}
              data={(locations.data ?? [])
                .filter((l) => l.isActive)
                .map((l) => ({ value: l.id, label: l.name }))}
              value={locationId}
              onChange={(v) => {
                start.reset();
                setLocationId(v);
              }}
              searchable
              required
            />
            <Group>
              <Button
                type="submit"
                disabled={!locationId}
                loading={start.isPending}
                leftSection={<IconClipboardCheck size={16} aria-hidden />}
              >
                {t('workshop.count.start')}
              </Button>
            </Group>
            {openId ? (
              <Stack gap="xs" role="alert">
                <Text size="sm">{t('workshop.count.alreadyOpen')}</Text>
                <Group>
                  <Button component={Link} to={`/stock/counts/${openId}`} variant="light">
                    {t('workshop.count.continue')}
                  </Button>
                </Group>
              </Stack>
            ) : (
              start.error && <ErrorAlert error={start.error} />
            )}
          </Stack>
        </form>
      </Paper>
    </>
  );
}
