import { useEffect, useState } from 'react';
import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  createOrder,
  getOrder,
  listGrants,
  listOrgsOfKind,
  listSpecTiers,
  supplyKeys,
  updateOrder,
} from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import {
  allocatedCents,
  emptyOrderValues,
  isOrderPath,
  orderTotals,
  orderValues,
  toOrderFormPath,
  toOrderInput,
  type TOrderValues,
} from './order-form-model';
import { OrderGrantsFields } from './order-grants-fields';
import { OrderLinesFields } from './order-lines-fields';
import { BackLink, supplyFieldError } from './supply-common';
import { applyApiError } from './supply-form';

/** A draft purchase order: supplier, lines (kind, tier, quantity, prices) and paying grants. */
export function OrderFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { id } = useParams();
  const [error, setError] = useState<unknown>(null);
  const existing = useQuery({
    queryKey: supplyKeys.order(id ?? ''),
    queryFn: () => getOrder(id!),
    enabled: !!id,
  });
  const suppliers = useQuery({
    queryKey: supplyKeys.orgs('supplier'),
    queryFn: () => listOrgsOfKind('supplier'),
  });
  const tiers = useQuery({ queryKey: supplyKeys.tiers, queryFn: listSpecTiers });
  const grants = useQuery({
    queryKey: supplyKeys.grants({ all: true }),
    queryFn: () => listGrants({ limit: 500 }),
  });
  const form = useForm<TOrderValues>({ mode: 'controlled', initialValues: emptyOrderValues() });
  const order = existing.data;
  useEffect(() => {
    if (!order) return;
    form.setValues(orderValues(order));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [order]);
  if ((id && existing.isPending) || suppliers.isPending || tiers.isPending) return <PageLoader />;
  const loadError = existing.error ?? suppliers.error ?? tiers.error;
  if (loadError) return <ErrorAlert error={loadError} />;

  const input = toOrderInput(form.values);
  const totals = orderTotals(input);
  const allocated = allocatedCents(input);
  const err = (p: string) => supplyFieldError(t, form.errors[p]);
  const field = (p: string) => ({ ...form.getInputProps(p), error: err(p) });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const saved = id
        ? await updateOrder(id, toOrderInput(values))
        : await createOrder(toOrderInput(values));
      await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
      notifySuccess(t, t('supply.orders.saved', { number: saved.number }));
      void navigate(`/purchases/${saved.id}`);
    } catch (e) {
      setError(applyApiError(form, e, isOrderPath, toOrderFormPath));
    }
  });
  const title = order
    ? t('supply.orders.editTitle', { number: order.number })
    : t('supply.orders.new');
  return (
    <>
      <PageHeader
        title={title}
        intro={t('supply.orders.formIntro')}
        before={<BackLink to="/purchases" label={t('supply.orders.back')} />}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <ErrorAlert error={error} />
          <Paper p="lg">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('supply.orders.supplier')}
                required
                searchable
                data={(suppliers.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                {...field('supplierId')}
              />
              <TextInput
                label={t('supply.orders.supplierReference')}
                {...field('supplierReference')}
              />
              <TextInput
                type="date"
                label={t('supply.orders.expected')}
                {...field('expectedDeliveryOn')}
              />
            </SimpleGrid>
          </Paper>
          <OrderLinesFields form={form} tiers={tiers.data ?? []} totals={totals} />
          <OrderGrantsFields
            form={form}
            grants={grants.data?.items ?? []}
            grossCents={totals?.grossCents ?? null}
            allocated={allocated}
          />
          <Paper p="lg">
            <Textarea label={t('supply.lot.notes')} autosize minRows={2} {...field('notes')} />
          </Paper>
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              {t('supply.orders.saveDraft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
