import { useState } from 'react';
import { Anchor, Button, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getGrant, supplyKeys, type TGrantDetail, type TGrantFigures } from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useFormat } from '../../hooks/use-format';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { GrantModal } from './grant-modals';
import { BackLink, Fact, OrderStatusBadge, Section } from './supply-common';

const FIGURES: (keyof TGrantFigures)[] = [
  'pledgedCents',
  'receivedCents',
  'committedCents',
  'spentCents',
  'leftCents',
];

/** Pledged / received / committed / spent / left, as five figures. */
function Figures({ figures }: { figures: TGrantFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
      {FIGURES.map((k) => (
        <Paper key={k} p="md" withBorder>
          <Text size="xs" c="dimmed" fw={600}>
            {t(`supply.grants.figures.${k.replace('Cents', '')}`)}
          </Text>
          <Text size="lg" fw={700}>
            {format.currency(figures[k])}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function Restrictions({ g }: { g: TGrantDetail }) {
  const { t } = useTranslation();
  const r = g.restrictions;
  const none = !r.network && !r.regionCode && !r.departementCode && !r.deviceKind && !r.campaign;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
      <Fact label={t('supply.grants.funder')}>{g.funder.name ?? '—'}</Fact>
      <Fact label={t('supply.grants.restrictions')}>
        {none
          ? t('supply.grants.unrestricted')
          : [
              r.network && t('supply.grants.earmark', { name: r.network.name }),
              r.regionCode && t('supply.grants.regionIs', { code: r.regionCode }),
              r.departementCode && t('supply.grants.departementIs', { code: r.departementCode }),
              r.deviceKind && t(`supply.kinds.${r.deviceKind}`),
              r.campaign?.name,
            ]
              .filter(Boolean)
              .join(' · ')}
      </Fact>
      {g.notes && <Fact label={t('supply.lot.notes')}>{g.notes}</Fact>}
    </SimpleGrid>
  );
}

/** A grant: its figures, restrictions, money in and out, orders and what it paid for. */
export function GrantDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const role = useActiveMembership()?.role;
  const manage = roleCan(role, 'grant.manage');
  const [modal, setModal] = useState<'edit' | 'instalment' | 'charge' | null>(null);
  const q = useQuery({ queryKey: supplyKeys.grant(id), queryFn: () => getGrant(id) });
  if (q.isPending) return <PageLoader />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const g = q.data;
  const button = (k: 'edit' | 'instalment' | 'charge') =>
    manage && (
      <Button variant="default" size="xs" onClick={() => setModal(k)}>
        {t(`supply.grants.modal.${k}`)}
      </Button>
    );
  return (
    <>
      <PageHeader
        title={g.name}
        intro={t('supply.lot.fromTo', { from: format.date(g.startsOn), to: format.date(g.endsOn) })}
        before={<BackLink to="/grants" label={t('supply.grants.back')} />}
        actions={button('edit')}
      />
      <Stack gap="lg">
        <Section id="grant-figures" title={t('supply.grants.figuresTitle')}>
          <Figures figures={g.figures} />
          <Restrictions g={g} />
        </Section>
        <Section id="grant-impact" title={t('supply.grants.impact')}>
          <Text size="sm">
            {t('supply.grants.impactText', {
              devices: g.impact.devices,
              handed: g.impact.devicesHandedOver,
              people: g.impact.peopleReached,
            })}
          </Text>
        </Section>
        <Section id="grant-orders" title={t('supply.grants.orders')}>
          {g.orders.length === 0 ? (
            <Text size="sm">{t('supply.grants.noOrders')}</Text>
          ) : (
            <ScrollTable
              minWidth={640}
              label={t('supply.tableOf', { title: t('supply.grants.orders') })}
            >
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('supply.orders.number')}</Table.Th>
                    <Table.Th>{t('supply.lot.status')}</Table.Th>
                    <Table.Th>{t('supply.orders.supplier')}</Table.Th>
                    <Table.Th>{t('supply.orders.allocation')}</Table.Th>
                    <Table.Th>{t('supply.grants.charged')}</Table.Th>
                    <Table.Th>{t('supply.grants.devices')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {g.orders.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>
                        {roleCan(role, 'purchase.read') ? (
                          <Anchor component={Link} to={`/purchases/${o.id}`}>
                            {o.number}
                          </Anchor>
                        ) : (
                          o.number
                        )}
                      </Table.Td>
                      <Table.Td>
                        <OrderStatusBadge status={o.status} />
                      </Table.Td>
                      <Table.Td>{o.supplierName}</Table.Td>
                      <Table.Td>{format.currency(o.allocationCents)}</Table.Td>
                      <Table.Td>{format.currency(o.chargedCents)}</Table.Td>
                      <Table.Td>{format.number(o.devices)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Section>
        <Section
          id="grant-instalments"
          title={t('supply.grants.instalments')}
          actions={button('instalment')}
        >
          {g.instalments.length === 0 ? (
            <Text size="sm">{t('supply.grants.noInstalments')}</Text>
          ) : (
            <ScrollTable
              minWidth={420}
              label={t('supply.tableOf', { title: t('supply.grants.instalments') })}
            >
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('supply.grants.receivedOn')}</Table.Th>
                    <Table.Th>{t('supply.grants.amount')}</Table.Th>
                    <Table.Th>{t('supply.grants.reference')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {g.instalments.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>{format.date(i.receivedOn)}</Table.Td>
                      <Table.Td>{format.currency(i.amountCents)}</Table.Td>
                      <Table.Td>{i.reference ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Section>
        <Section id="grant-charges" title={t('supply.grants.charges')} actions={button('charge')}>
          {g.charges.length === 0 ? (
            <Text size="sm">{t('supply.grants.noCharges')}</Text>
          ) : (
            <ScrollTable
              minWidth={560}
              label={t('supply.tableOf', { title: t('supply.grants.charges') })}
            >
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('supply.grants.chargedOn')}</Table.Th>
                    <Table.Th>{t('supply.grants.category')}</Table.Th>
                    <Table.Th>{t('supply.grants.description')}</Table.Th>
                    <Table.Th>{t('supply.grants.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {g.charges.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{format.date(c.chargedOn)}</Table.Td>
                      <Table.Td>{t(`supply.chargeCategories.${c.category}`)}</Table.Td>
                      <Table.Td>{c.description}</Table.Td>
                      <Table.Td>{format.currency(c.amountCents)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Section>
      </Stack>
      {modal && <GrantModal mode={{ kind: modal, grant: g }} onClose={() => setModal(null)} />}
    </>
  );
}
