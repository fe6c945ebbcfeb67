import { useEffect, useState } from 'react';
import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { lineTotals, sumTotals } from '../../../domain/money/vat';
import { DEVICE_KINDS } from '../../../shared/inventory';
import type { TPurchaseOrderInput } from '../../../shared/schemas/purchases';
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
import { useFormat } from '../../hooks/use-format';
import { formPathMatcher } from '../../lib/field-errors';
import { OrderGrantsFields } from './order-grants-fields';
import { BackLink, eurosToCents, supplyFieldError } from './supply-common';
import { applyApiError, num, opt } from './supply-form';

interface TLine {
  kind: string;
  specTierId: string;
  quantity: number | string;
  unitPrice: string;
  vatRate: string;
  description: string;
}
interface TAlloc {
  grantId: string;
  amount: string;
}
interface TValues {
  supplierId: string;
  supplierReference: string;
  expectedDeliveryOn: string;
  notes: string;
  lines: TLine[];
  grants: TAlloc[];
}
const emptyLine = (): TLine => ({
  kind: 'laptop',
  specTierId: '',
  quantity: 1,
  unitPrice: '',
  vatRate: '20',
  description: '',
});
const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

function toInput(v: TValues): TPurchaseOrderInput {
  return {
    supplierId: v.supplierId,
    supplierReference: opt(v.supplierReference),
    expectedDeliveryOn: v.expectedDeliveryOn || undefined,
    notes: opt(v.notes),
    lines: v.lines.map((l) => ({
      kind: l.kind as never,
      specTierId: l.specTierId,
      quantity: num(l.quantity),
      unitPriceCents: eurosToCents(l.unitPrice),
      vatRateBp: eurosToCents(l.vatRate),
      description: opt(l.description),
    })),
    grants: v.grants
      .filter((g) => g.grantId)
      .map((g) => ({ grantId: g.grantId, amountCents: eurosToCents(g.amount) })),
  };
}

function totalsOf(input: TPurchaseOrderInput) {
  try {
    return sumTotals(
      input.lines.map((l) => lineTotals(l.unitPriceCents, l.quantity, l.vatRateBp ?? 2000)),
    );
  } catch {
    return null;
  }
}

const isPath = formPathMatcher(
  ['supplierId', 'supplierReference', 'expectedDeliveryOn', 'notes', 'lines', 'grants'],
  {
    lines: ['kind', 'specTierId', 'quantity', 'unitPriceCents', 'vatRateBp', 'description'],
    grants: ['grantId', 'amountCents'],
  },
);
const FORM_NAMES: Record<string, string> = {
  unitPriceCents: 'unitPrice',
  vatRateBp: 'vatRate',
  amountCents: 'amount',
};
const toFormPath = (p: string) => p.replace(/\.(\w+)$/, (m, f: string) => `.${FORM_NAMES[f] ?? f}`);

/** A draft purchase order: supplier, lines (kind, tier, quantity, prices) and paying grants. */
export function OrderFormPage() {
  const { t } = useTranslation();
  const format = useFormat();
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
  const form = useForm<TValues>({
    mode: 'controlled',
    initialValues: {
      supplierId: '',
      supplierReference: '',
      expectedDeliveryOn: '',
      notes: '',
      lines: [emptyLine()],
      grants: [{ grantId: '', amount: '' }],
    },
  });
  const order = existing.data;
  useEffect(() => {
    if (!order) return;
    form.setValues({
      supplierId: order.supplier.id,
      supplierReference: order.supplierReference ?? '',
      expectedDeliveryOn: order.expectedDeliveryOn ?? '',
      notes: order.notes ?? '',
      lines: order.lines.map((l) => ({
        kind: l.kind,
        specTierId: l.specTierId,
        quantity: l.quantity,
        unitPrice: euros(l.unitPriceCents),
        vatRate: String(l.vatRateBp / 100).replace('.', ','),
        description: l.description ?? '',
      })),
      grants: order.grants.map((g) => ({ grantId: g.grantId, amount: euros(g.amountCents) })),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [order]);
  if ((id && existing.isPending) || suppliers.isPending || tiers.isPending) return <PageLoader />;
  const loadError = existing.error ?? suppliers.error ?? tiers.error;
  if (loadError) return <ErrorAlert error={loadError} />;

  const input = toInput(form.values);
  const totals = totalsOf(input);
  const allocated = (input.grants ?? []).reduce(
    (s, g) => s + (Number.isFinite(g.amountCents) ? g.amountCents : 0),
    0,
  );
  const err = (p: string) => supplyFieldError(t, form.errors[p]);
  const field = (p: string) => ({ ...form.getInputProps(p), error: err(p) });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const saved = id
        ? await updateOrder(id, toInput(values))
        : await createOrder(toInput(values));
      await queryClient.invalidateQueries({ queryKey: supplyKeys.all });
      notifySuccess(t, t('supply.orders.saved', { number: saved.number }));
      void navigate(`/purchases/${saved.id}`);
    } catch (e) {
      setError(applyApiError(form, e, isPath, toFormPath));
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
          <Paper p="lg" component="section" aria-labelledby="po-lines">
            <Title order={2} size="h3" id="po-lines" mb="md">
              {t('supply.orders.lines')}
            </Title>
            <Stack gap="md">
              {form.values.lines.map((l, i) => (
                <Fieldset key={i} legend={t('supply.orders.lineLegend', { n: i + 1 })}>
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                    <Select
                      label={t('supply.line.kind')}
                      required
                      allowDeselect={false}
                      data={DEVICE_KINDS.map((k) => ({ value: k, label: t(`supply.kinds.${k}`) }))}
                      {...field(`lines.${i}.kind`)}
                    />
                    <Select
                      label={t('supply.orders.tier')}
                      required
                      data={(tiers.data ?? [])
                        .filter((x) => x.kind === l.kind)
                        .map((x) => ({ value: x.id, label: `${x.number} — ${x.name}` }))}
                      {...field(`lines.${i}.specTierId`)}
                    />
                    <NumberInput
                      label={t('supply.orders.quantity')}
                      required
                      min={1}
                      {...field(`lines.${i}.quantity`)}
                    />
                    <TextInput
                      label={t('supply.orders.unitPrice')}
                      required
                      inputMode="decimal"
                      {...field(`lines.${i}.unitPrice`)}
                    />
                    <TextInput
                      label={t('supply.orders.vatRate')}
                      inputMode="decimal"
                      {...field(`lines.${i}.vatRate`)}
                    />
                    <TextInput
                      label={t('supply.orders.description')}
                      {...field(`lines.${i}.description`)}
                    />
                  </SimpleGrid>
                  {form.values.lines.length > 1 && (
                    <Group justify="flex-end" mt="xs">
                      <ActionIcon
                        variant="subtle"
                        color="red.9"
                        aria-label={t('supply.declare.removeLine', { n: i + 1 })}
                        onClick={() => form.removeListItem('lines', i)}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Group>
                  )}
                </Fieldset>
              ))}
              <Group>
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => form.insertListItem('lines', emptyLine())}
                >
                  {t('supply.declare.addLine')}
                </Button>
              </Group>
              <Text size="sm" fw={600} aria-live="polite">
                {totals
                  ? t('supply.orders.totals', {
                      net: format.currency(totals.netCents),
                      vat: format.currency(totals.vatCents),
                      gross: format.currency(totals.grossCents),
                    })
                  : t('supply.orders.totalsPending')}
              </Text>
            </Stack>
          </Paper>
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
