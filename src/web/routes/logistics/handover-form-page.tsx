import { useState } from 'react';
import {
  Anchor,
  Button,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { HANDOVER_FORMS, type THandoverForm } from '../../../shared/logistics';
import { createHandover, getShipment, listShipments, logisticsKeys } from '../../api/logistics';
import { listBeneficiaries } from '../../api/needs';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { CharterField, type TCharterValue } from './charter-field';
import { fieldErrorsOf, logisticsFieldError, todayIso } from './logistics-common';

/** Devices the structure received and still holds (received shipments, units delivered). */
function useDeliveredDevices() {
  const shipments = useQuery({
    queryKey: logisticsKeys.shipments({ status: 'received', limit: 200 }),
    queryFn: () => listShipments({ status: 'received', limit: 200 }),
  });
  const details = useQueries({
    queries: (shipments.data?.items ?? []).map((s) => ({
      queryKey: logisticsKeys.shipment(s.id),
      queryFn: () => getShipment(s.id),
    })),
  });
  return details
    .flatMap((d) => d.data?.units ?? [])
    .filter((u) => u.device.state === 'delivered')
    .map((u) => u.device);
}

/** The referent hands a delivered device over to one of the structure's beneficiaries. */
export function HandoverFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const devices = useDeliveredDevices();
  const beneficiaries = useQuery({
    queryKey: ['logistics', 'beneficiaries'],
    queryFn: () => listBeneficiaries({ limit: 500 }),
  });
  const [deviceId, setDeviceId] = useState<string | null>(params.get('device'));
  const [beneficiaryId, setBeneficiaryId] = useState<string | null>(null);
  const [form, setForm] = useState<THandoverForm>('gift');
  const [handedOverOn, setHandedOverOn] = useState(todayIso());
  const [returnDueOn, setReturnDueOn] = useState('');
  const [price, setPrice] = useState<number | string>('');
  const [charter, setCharter] = useState<TCharterValue>({
    method: 'signature',
    image: null,
    codeId: null,
    code: '',
  });
  const save = useMutation({
    mutationFn: () =>
      createHandover({
        deviceId: deviceId ?? '',
        beneficiaryId: beneficiaryId ?? '',
        form,
        handedOverOn,
        returnDueOn: form === 'loan' ? returnDueOn || null : null,
        priceCents: form === 'sale' && typeof price === 'number' ? Math.round(price * 100) : null,
        charter: {
          method: charter.method,
          image: charter.method === 'code' ? null : charter.image,
          codeId: charter.method === 'code' ? charter.codeId : null,
          code: charter.method === 'code' ? charter.code : null,
        },
      }),
    onSuccess: (h) => {
      notifySuccess(t, t('logistics.handover.done', { assetTag: h.device.assetTag }));
      void queryClient.invalidateQueries({ queryKey: logisticsKeys.all });
      void navigate('/handovers');
    },
  });
  const errors = fieldErrorsOf(save.error);
  const err = (path: string) => logisticsFieldError(t, errors[path]);
  const charterError = err('charter.image') ?? err('charter.code') ?? err('charter');
  return (
    <>
      <PageHeader
        title={t('logistics.handover.newTitle')}
        intro={t('logistics.handover.newIntro')}
        before={
          <Anchor component={Link} to="/handovers" size="sm">
            {t('logistics.handover.back')}
          </Anchor>
        }
      />
      <Paper withBorder p="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Stack gap="md">
            <Select
              label={t('logistics.handover.device')}
              placeholder={devices.length ? undefined : t('logistics.handover.noDevice')}
              data={devices.map((d) => ({
                value: d.id,
                label: `${d.assetTag} — ${t(`workshop.kind.${d.kind}`)}`,
              }))}
              value={deviceId}
              onChange={setDeviceId}
              error={err('deviceId')}
              searchable
              required
            />
            <Select
              label={t('logistics.handover.beneficiary')}
              data={(beneficiaries.data?.items ?? []).map((b) => ({
                value: b.id,
                label: b.reference,
              }))}
              value={beneficiaryId}
              onChange={setBeneficiaryId}
              error={err('beneficiaryId')}
              searchable
              required
            />
            <div>
              <Text size="sm" fw={500} id="handover-form-label" mb={4}>
                {t('logistics.handover.form')}
              </Text>
              <SegmentedControl
                aria-labelledby="handover-form-label"
                data={HANDOVER_FORMS.map((f) => ({ value: f, label: t(`logistics.form.${f}`) }))}
                value={form}
                onChange={(v) => setForm(v as THandoverForm)}
                fullWidth
              />
            </div>
            <TextInput
              type="date"
              label={t('logistics.handover.date')}
              value={handedOverOn}
              onChange={(e) => setHandedOverOn(e.currentTarget.value)}
              error={err('handedOverOn')}
              required
            />
            {form === 'loan' && (
              <TextInput
                type="date"
                label={t('logistics.handover.returnDueOn')}
                value={returnDueOn}
                onChange={(e) => setReturnDueOn(e.currentTarget.value)}
                error={err('returnDueOn')}
                required
              />
            )}
            {form === 'sale' && (
              <NumberInput
                label={t('logistics.handover.price')}
                value={price}
                onChange={setPrice}
                min={0}
                decimalScale={2}
                decimalSeparator=","
                error={err('priceCents')}
                required
              />
            )}
            <CharterField
              beneficiaryId={beneficiaryId}
              value={charter}
              onChange={setCharter}
              error={charterError}
            />
            <ErrorAlert error={Object.keys(errors).length ? null : save.error} />
            <Button type="submit" loading={save.isPending}>
              {t('logistics.handover.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
