import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type {
  TDonationStatus,
  TPurchaseStatus,
  TReceiptStatus,
} from '../../../shared/supply-enums';
import { translateFieldError } from '../../components/common/field-error';

/**
 * Translates a field error code of the supply area (`supply.fields.<code>`, with its params),
 * falling back on the shared field errors (`fields.<code>`).
 */
export function supplyFieldError(
  t: TFunction,
  code: unknown,
  params: Record<string, unknown> = {},
): string | undefined {
  if (typeof code !== 'string' || !code) return undefined;
  const own = t(`supply.fields.${code}`, { ...params, defaultValue: '' });
  return own || translateFieldError(t, code);
}

const LOT_COLORS: Record<TDonationStatus, string> = {
  declared: 'blue',
  accepted: 'indigo',
  declined: 'red',
  pickup_scheduled: 'grape',
  collected: 'cyan',
  received: 'teal',
  processed: 'green',
  closed: 'gray',
  cancelled: 'gray',
};

const ORDER_COLORS: Record<TPurchaseStatus, string> = {
  draft: 'gray',
  confirmed: 'blue',
  partly_received: 'cyan',
  received: 'teal',
  closed: 'gray',
  cancelled: 'red',
};

function StatusBadge({ color, label }: { color: string; label: string }) {
  return (
    <Badge color={color} variant="dot" style={{ textTransform: 'none' }}>
      {label}
    </Badge>
  );
}

/** A donation lot's status as a coloured badge. */
export function LotStatusBadge({ status }: { status: TDonationStatus }) {
  const { t } = useTranslation();
  return <StatusBadge color={LOT_COLORS[status]} label={t(`supply.lotStatus.${status}`)} />;
}

/** A purchase order's status as a coloured badge. */
export function OrderStatusBadge({ status }: { status: TPurchaseStatus }) {
  const { t } = useTranslation();
  return <StatusBadge color={ORDER_COLORS[status]} label={t(`supply.orderStatus.${status}`)} />;
}

/** A tax receipt's status as a coloured badge. */
export function ReceiptStatusBadge({ status }: { status: TReceiptStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      color={status === 'issued' ? 'teal' : 'red'}
      label={t(`supply.receiptStatus.${status}`)}
    />
  );
}

/** A titled section of a detail page (its h2 names the region). */
export function Section({
  id,
  title,
  actions,
  children,
}: {
  id: string;
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper p="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm" gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {actions}
      </Group>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** A label and its value, stacked (reads well on phones). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" className="break-anywhere" component="div">
        {children}
      </Text>
    </div>
  );
}

/** A back link above a page title. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      {label}
    </Anchor>
  );
}

/** Page numbers under a list, when there is more than one page. */
export function SupplyPages({
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
        getControlProps={(control) => ({ 'aria-label': t(`supply.pages.${control}`) })}
        getItemProps={(p) => ({ 'aria-label': t('supply.pages.page', { page: p }) })}
      />
    </Group>
  );
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function todayIso(offsetDays = 0): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Euros typed by a person ("12,50" or "12.5") to integer cents; NaN when not a number. */
export function eurosToCents(value: string | number): number {
  const s = String(value).trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{0,2})?$/.test(s)) return NaN;
  const [whole, frac = ''] = s.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return s.startsWith('-') ? -cents : cents;
}
