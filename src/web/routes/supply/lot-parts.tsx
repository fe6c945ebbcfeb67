import { Anchor, Group, List, SimpleGrid, Table, Text, ThemeIcon, Timeline } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconFileTypePdf, IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  impactReportUrl,
  pickupConfirmationUrl,
  receiptPdfUrl,
  type TLotDetail,
} from '../../api/supply';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { Fact, ReceiptStatusBadge, Section } from './supply-common';

/** The happy-path steps of the lot, done ones ticked with their date. */
export function LotSteps({ lot }: { lot: TLotDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reached = new Map(lot.history.map((h) => [h.toStatus, h.at]));
  return (
    <Section id="lot-steps" title={t('supply.lot.steps')}>
      <List spacing="xs" listStyleType="none" component="ol" pl={0}>
        {lot.steps.map((s) => {
          const at = reached.get(s);
          return (
            <List.Item
              key={s}
              icon={
                <ThemeIcon
                  size={22}
                  radius="xl"
                  color={at ? 'teal' : 'gray'}
                  variant={at ? 'filled' : 'light'}
                >
                  {at ? (
                    <IconCheck size={14} aria-hidden />
                  ) : (
                    <IconCircleDashed size={14} aria-hidden />
                  )}
                </ThemeIcon>
              }
            >
              <Text size="sm" fw={at ? 600 : 400}>
                {t(`supply.lotStatus.${s}`)}
                {' — '}
                {at ? format.date(at) : t('supply.lot.stepPending')}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </Section>
  );
}

/** Every event of the lot, with its date and note. */
export function LotHistory({ lot }: { lot: TLotDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section id="lot-history" title={t('supply.lot.history')}>
      <Timeline bulletSize={18} lineWidth={2} active={lot.history.length - 1}>
        {lot.history.map((h, i) => (
          <Timeline.Item
            key={i}
            bullet={<IconPoint size={12} aria-hidden />}
            title={t(`supply.lotStatus.${h.toStatus}`)}
          >
            <Text size="xs" c="dimmed">
              {format.dateTime(h.at)}
            </Text>
            {h.note && (
              <Text size="sm" className="break-anywhere">
                {h.note}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Section>
  );
}

/** Who, where, when: the declaration's facts and the planned pickup. */
export function LotFacts({ lot, showDonor }: { lot: TLotDetail; showDonor: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const a = lot.pickupAddress;
  return (
    <Section id="lot-facts" title={t('supply.lot.summary')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        {showDonor && <Fact label={t('supply.lot.donor')}>{lot.donor.name}</Fact>}
        <Fact label={t('supply.lot.devices')}>
          {t('supply.lot.counts', { expected: lot.expectedCount, received: lot.receivedCount })}
        </Fact>
        <Fact label={t('supply.lot.address')}>
          {[a.line1, a.line2, `${a.postalCode} ${a.communeName ?? ''}`].filter(Boolean).join(', ')}
        </Fact>
        <Fact label={t('supply.lot.availability')}>
          {t('supply.lot.fromTo', {
            from: format.date(lot.availableFrom),
            to: format.date(lot.availableUntil),
          })}
        </Fact>
        <Fact label={t('supply.lot.siteContact')}>
          {[lot.siteContact.name, lot.siteContact.phone, lot.siteContact.email]
            .filter(Boolean)
            .join(' · ')}
        </Fact>
        {lot.pickup && (
          <Fact label={t('supply.lot.pickup')}>
            {[
              format.date(lot.pickup.date),
              lot.pickup.timeSlot,
              lot.pickup.carrier,
              lot.pickup.workshop?.name,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Fact>
        )}
        {lot.decisionReason && (
          <Fact label={t('supply.lot.decisionReason')}>{lot.decisionReason}</Fact>
        )}
        {lot.notes && <Fact label={t('supply.lot.notes')}>{lot.notes}</Fact>}
      </SimpleGrid>
    </Section>
  );
}

/** The declared lines with the counts received, and the recorded differences. */
export function LotLines({ lot }: { lot: TLotDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const byLine = new Map(lot.discrepancies.map((d) => [d.lineId, d]));
  return (
    <Section id="lot-lines" title={t('supply.lot.lines')}>
      <ScrollTable minWidth={640} label={t('supply.tableOf', { title: t('supply.lot.lines') })}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('supply.line.kind')}</Table.Th>
              <Table.Th>{t('supply.line.model')}</Table.Th>
              <Table.Th>{t('supply.line.ageYears')}</Table.Th>
              <Table.Th>{t('supply.line.condition')}</Table.Th>
              <Table.Th>{t('supply.line.drives')}</Table.Th>
              <Table.Th>{t('supply.line.count')}</Table.Th>
              <Table.Th>{t('supply.line.received')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lot.lines.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>{t(`supply.kinds.${l.kind}`)}</Table.Td>
                <Table.Td>{[l.brand, l.model].filter(Boolean).join(' ') || '—'}</Table.Td>
                <Table.Td>{l.ageYears}</Table.Td>
                <Table.Td>{t(`supply.conditions.${l.condition}`)}</Table.Td>
                <Table.Td>{t(`supply.drives.${l.drives}`)}</Table.Td>
                <Table.Td>{format.number(l.count)}</Table.Td>
                <Table.Td>{format.number(l.receivedCount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {lot.discrepancies.length > 0 && (
        <div>
          <Text fw={600} size="sm">
            {t('supply.lot.discrepancies')}
          </Text>
          <List size="sm">
            {lot.lines
              .filter((l) => byLine.has(l.id))
              .map((l) => {
                const d = byLine.get(l.id)!;
                return (
                  <List.Item key={l.id}>
                    {t('supply.lot.discrepancy', {
                      kind: t(`supply.kinds.${l.kind}`),
                      expected: d.expectedCount,
                      received: d.receivedCount,
                      reason: d.reason,
                    })}
                  </List.Item>
                );
              })}
          </List>
        </div>
      )}
    </Section>
  );
}

/** The documents of the lot: pickup confirmation, impact report, tax receipts (PDF). */
export function LotDocuments({ lot }: { lot: TLotDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pdf = (href: string, label: string) => (
    <Group gap={6} wrap="nowrap">
      <IconFileTypePdf size={18} aria-hidden />
      <Anchor href={href} download>
        {label}
      </Anchor>
    </Group>
  );
  const any =
    lot.documents.pickupConfirmation || lot.documents.impactReport || lot.receipts.length > 0;
  return (
    <Section id="lot-documents" title={t('supply.lot.documents')}>
      {!any && <Text size="sm">{t('supply.lot.noDocuments')}</Text>}
      {lot.documents.pickupConfirmation &&
        pdf(pickupConfirmationUrl(lot.id), t('supply.lot.pickupConfirmation'))}
      {lot.documents.impactReport && pdf(impactReportUrl(lot.id), t('supply.lot.impactReport'))}
      {lot.receipts.map((r) => (
        <Group key={r.id} gap="sm" wrap="wrap">
          {pdf(receiptPdfUrl(r.id), t('supply.lot.taxReceipt', { number: r.number }))}
          <ReceiptStatusBadge status={r.status} />
          <Text size="sm" c="dimmed">
            {t('supply.lot.receiptIssued', {
              date: format.date(r.issuedAt),
              amount: format.currency(r.valuationCents),
            })}
          </Text>
        </Group>
      ))}
    </Section>
  );
}
