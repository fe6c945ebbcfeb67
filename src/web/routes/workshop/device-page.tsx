import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconEdit, IconFileCertificate, IconPrinter } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isWorkshopEditable } from '../../../domain/device/lifecycle';
import { downloadLabels, erasureReportUrl, getDevice, type TDevice } from '../../api/inventory';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { MoveForm, TransitionActions } from './device-actions';
import { Drives } from './device-drives';
import { SpecsForm } from './device-edit';
import { ProbePanel } from './device-probe';
import { ErasureForm, StepForm } from './device-forms';
import { DeviceHistory } from './device-history';
import { GradeForm } from './grade-form';
import { deviceName, StateBadge, translateMissing, WORKSHOP_KEY } from './workshop-common';
import { DeviceHandover } from './device-handover';

/** One fact of the record: a term and its value (a dash when unknown). */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {term}
      </Text>
      <Text size="sm" component="dd" m={0} className="break-anywhere">
        {children ?? '—'}
      </Text>
    </div>
  );
}

function Facts({ device: d }: { device: TDevice }) {
  const { t } = useTranslation();
  const v = (key: string, value: number | null) => (value == null ? null : t(key, { value }));
  return (
    <Paper p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" component="dl" m={0}>
        <Fact term={t('workshop.common.assetTag')}>{d.assetTag}</Fact>
        <Fact term={t('workshop.common.serial')}>{d.serial}</Fact>
        <Fact term={t('workshop.device.donorAssetTag')}>{d.donorAssetTag}</Fact>
        <Fact term={t('workshop.common.kind')}>{t(`workshop.kind.${d.kind}`)}</Fact>
        <Fact term={t('workshop.device.brandModel')}>{deviceName(t, d)}</Fact>
        <Fact term={t('workshop.device.cpu')}>{d.cpu}</Fact>
        <Fact term={t('workshop.device.ram')}>{v('workshop.device.mb', d.ramMb)}</Fact>
        <Fact term={t('workshop.device.storage')}>
          {d.storageGb == null
            ? null
            : `${t('workshop.device.gb', { value: d.storageGb })}${d.storageType ? ` ${t(`workshop.driveType.${d.storageType}`)}` : ''}`}
        </Fact>
        <Fact term={t('workshop.device.screen')}>
          {v('workshop.device.inches', d.screenInches)}
        </Fact>
        <Fact term={t('workshop.device.battery')}>
          {v('workshop.device.pct', d.batteryHealthPct)}
        </Fact>
        <Fact term={t('workshop.device.os')}>
          {[d.osName, d.osLicenceRef].filter(Boolean).join(' — ') || null}
        </Fact>
        <Fact term={t('workshop.device.accessories')}>
          {d.accessories.length ? d.accessories.join(', ') : null}
        </Fact>
        <Fact term={t('workshop.device.origin')}>{t(`workshop.origin.${d.originType}`)}</Fact>
        <Fact term={t('workshop.common.location')}>
          {d.location ? [d.location.name, d.shelfCode].filter(Boolean).join(' — ') : null}
        </Fact>
        <Fact term={t('workshop.device.grades')}>
          {d.appearanceGrade || d.functionGrade
            ? `${d.appearanceGrade ?? '?'} / ${d.functionGrade ?? '?'}`
            : null}
        </Fact>
        <Fact term={t('workshop.device.qualification')}>
          {d.qualification.tier
            ? `${d.qualification.tier.number} — ${d.qualification.tier.name}`
            : t('workshop.device.noTier')}
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}

function Readiness({ device }: { device: TDevice }) {
  const { t } = useTranslation();
  if (!['received', 'diagnosis', 'repair', 'erasure'].includes(device.state)) return null;
  const { isSatisfied, missing } = device.readyCheck;
  return (
    <Alert color={isSatisfied ? 'green' : 'yellow'} variant="light">
      {isSatisfied ? (
        <Text size="sm">{t('workshop.device.readyOk')}</Text>
      ) : (
        <>
          <Text size="sm">{t('workshop.device.readyMissing')}</Text>
          <List size="sm" mt={4}>
            {missing.map((m) => (
              <List.Item key={m}>{translateMissing(t, m)}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}

/** A device's record: specs, drives, origin, state, workshop actions, label and history. */
export function DevicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const role = useActiveMembership()?.role;
  const [editing, setEditing] = useState(false);
  const q = useQuery({ queryKey: [...WORKSHOP_KEY, 'device', id], queryFn: () => getDevice(id) });
  const label = useMutation({
    mutationFn: () => downloadLabels([id]),
    onSuccess: () => notifySuccess(t, t('workshop.device.labelReady')),
  });
  if (q.isPending) return <PageLoader />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const d = q.data;
  const canWork = roleCan(role, 'workshop.record') && isWorkshopEditable(d.state);
  const hasErasure = d.drives.some((dr) => dr.erasures.length > 0);
  // Specs change while the device is in the bank's hands and not yet on its way out.
  const canEdit = isWorkshopEditable(d.state) && d.state !== 'expected';
  return (
    <>
      <PageHeader
        title={t('workshop.device.title', { assetTag: d.assetTag })}
        intro={deviceName(t, d)}
        before={
          <Anchor component={Link} to="/devices" size="sm">
            {t('workshop.device.back')}
          </Anchor>
        }
        actions={
          <>
            <StateBadge state={d.state} />
            {roleCan(role, 'device.update') && canEdit && (
              <Button
                variant="default"
                leftSection={<IconEdit size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('workshop.edit.specs')}
              </Button>
            )}
            {roleCan(role, 'device.label') && (
              <Button
                variant="default"
                leftSection={<IconPrinter size={16} aria-hidden />}
                onClick={() => label.mutate()}
                loading={label.isPending}
              >
                {t('workshop.device.printLabel')}
              </Button>
            )}
            {d.originType === 'donation_lot' && d.originId && hasErasure && (
              <Button
                component="a"
                href={erasureReportUrl(d.originId)}
                variant="default"
                leftSection={<IconFileCertificate size={16} aria-hidden />}
              >
                {t('workshop.device.erasureReport')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        {label.error && <ErrorAlert error={label.error} />}
        <Readiness device={d} />
        <DeviceHandover device={d} />
        <Facts device={d} />
        <Drives device={d} canEdit={roleCan(role, 'workshop.record') && canEdit} />
        {roleCan(role, 'device.transition') && <TransitionActions device={d} />}
        {canWork && (
          <>
            <StepForm key={`step-${d.state}`} device={d} />
            <ErasureForm key={`erasure-${d.drives.filter((x) => x.isCleared).length}`} device={d} />
            <GradeForm device={d} />
          </>
        )}
        {roleCan(role, 'probe.manage') && canEdit && <ProbePanel device={d} />}
        {roleCan(role, 'device.transition') && d.location && <MoveForm device={d} />}
        <DeviceHistory deviceId={d.id} />
      </Stack>
      {editing && <SpecsForm device={d} onClose={() => setEditing(false)} />}
    </>
  );
}
