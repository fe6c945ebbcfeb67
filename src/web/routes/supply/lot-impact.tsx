import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCo2e } from '../../../domain/impact/co2';
import type { TImpact } from '../../api/supply';
import { ScrollTable } from '../../components/common/scroll-table';
import { Fact, Section } from './supply-common';

/**
 * What the donated devices became, the same figures as the impact report PDF: outcome of each
 * device, devices handed over and people equipped, where (départements, networks), and the
 * CO₂e avoided with its source. Shown once devices were received.
 */
export function LotImpact({ impact }: { impact: TImpact }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en' : 'fr';
  const o = impact.outcome;
  const where = impact.departements.length > 0 || impact.networks.length > 0;
  return (
    <Section id="lot-impact" title={t('supply.impact.title')}>
      <Text size="sm">
        {t('supply.impact.summary', {
          count: impact.devicesHandedOver,
          people: impact.peopleReached,
          co2: formatCo2e(impact.co2eAvoidedGrams, locale),
        })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Fact label={t('supply.impact.received')}>{impact.devices}</Fact>
        <Fact label={t('supply.impact.refurbished')}>{o.refurbished}</Fact>
        <Fact label={t('supply.impact.parts')}>{o.parts}</Fact>
        <Fact label={t('supply.impact.recycled')}>{o.recycled}</Fact>
        <Fact label={t('supply.impact.inProgress')}>{o.inProgress}</Fact>
        <Fact label={t('supply.impact.handedOver')}>{impact.devicesHandedOver}</Fact>
        <Fact label={t('supply.impact.people')}>{impact.peopleReached}</Fact>
        <Fact label={t('supply.impact.co2')}>{formatCo2e(impact.co2eAvoidedGrams, locale)}</Fact>
      </SimpleGrid>
      {impact.byKind.length > 0 && (
        <ScrollTable
          minWidth={420}
          label={t('supply.tableOf', { title: t('supply.impact.byKind') })}
        >
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('supply.line.kind')}</Table.Th>
                <Table.Th ta="right">{t('supply.impact.received')}</Table.Th>
                <Table.Th ta="right">{t('supply.impact.refurbished')}</Table.Th>
                <Table.Th ta="right">{t('supply.impact.handedOver')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {impact.byKind.map((k) => (
                <Table.Tr key={k.kind}>
                  <Table.Td>{t(`supply.kindsPlural.${k.kind}`)}</Table.Td>
                  <Table.Td ta="right">{k.devices}</Table.Td>
                  <Table.Td ta="right">{k.refurbished}</Table.Td>
                  <Table.Td ta="right">{k.handedOver}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {where ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label={t('supply.impact.departements')}>
            {impact.departements.map((d) => `${d.code} (${d.people})`).join(', ') || '—'}
          </Fact>
          <Fact label={t('supply.impact.networks')}>
            {impact.networks.map((n) => `${n.name} (${n.people})`).join(', ') || '—'}
          </Fact>
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {t('supply.impact.whereLater')}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('supply.impact.source')}
      </Text>
    </Section>
  );
}
