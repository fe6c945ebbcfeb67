import { useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ITEM_CATEGORIES, type TItemCategory } from '../../../shared/inventory';
import type { TItemInput } from '../../../shared/schemas/stock';
import { createItem, listItems, updateItem, type TItem } from '../../api/inventory-admin';
import { AppModal } from '../../components/common/app-modal';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { ScrollTable } from '../../components/common/scroll-table';
import { useActiveMembership } from '../../hooks/use-session';
import { roleCan } from '../../lib/access';
import { fieldErrorMap, needsAlert, WORKSHOP_KEY } from './workshop-common';

function ItemForm({ item, onClose }: { item: TItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(item?.code ?? '');
  const [name, setName] = useState(item?.name ?? '');
  const [category, setCategory] = useState<TItemCategory>(item?.category ?? 'accessory');
  const [unit, setUnit] = useState(item?.unit ?? t('workshop.items.defaultUnit'));
  const [isActive, setActive] = useState(item?.isActive ?? true);
  const save = useMutation({
    mutationFn: (body: TItemInput) => (item ? updateItem(item.id, body) : createItem(body)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: WORKSHOP_KEY });
      notifySuccess(t, t('workshop.items.saved', { name: saved.name }));
      onClose();
    },
  });
  const errors = fieldErrorMap(t, save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ code, name, category, unit, isActive });
  };
  return (
    <AppModal
      opened
      onClose={onClose}
      title={item ? t('workshop.items.editTitle') : t('workshop.items.newTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('workshop.items.code')}
            description={t('workshop.items.codeHint')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            required
            error={errors.code}
          />
          <TextInput
            label={t('workshop.items.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={errors.name}
          />
          <Group grow gap="sm" wrap="wrap" align="flex-start">
            <Select
              label={t('workshop.items.category')}
              data={ITEM_CATEGORIES.map((c) => ({
                value: c,
                label: t(`workshop.itemCategory.${c}`),
              }))}
              value={category}
              onChange={(v) => v && setCategory(v as TItemCategory)}
              allowDeselect={false}
              error={errors.category}
              miw={150}
            />
            <TextInput
              label={t('workshop.items.unit')}
              value={unit}
              onChange={(e) => setUnit(e.currentTarget.value)}
              error={errors.unit}
              miw={100}
            />
          </Group>
          {item && (
            <Checkbox
              label={t('workshop.items.active')}
              checked={isActive}
              onChange={(e) => setActive(e.currentTarget.checked)}
            />
          )}
          {needsAlert(save.error, ['code', 'name', 'category', 'unit']) && (
            <ErrorAlert error={save.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('workshop.common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('workshop.common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** The catalogue of bulk items counted by quantity: list, add, edit. */
export function ItemsPage() {
  const { t } = useTranslation();
  const canManage = roleCan(useActiveMembership()?.role, 'item.manage');
  const [editing, setEditing] = useState<TItem | 'new' | null>(null);
  const q = useQuery({ queryKey: [...WORKSHOP_KEY, 'items'], queryFn: () => listItems() });
  return (
    <>
      <PageHeader
        title={t('workshop.items.title')}
        intro={t('workshop.items.intro')}
        actions={
          canManage && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing('new')}
            >
              {t('workshop.items.new')}
            </Button>
          )
        }
      />
      {q.isPending ? (
        <PageLoader />
      ) : q.error ? (
        <ErrorAlert error={q.error} />
      ) : (
        <Paper p="sm">
          {q.data.length === 0 ? (
            <Text size="sm">{t('workshop.items.empty')}</Text>
          ) : (
            <ScrollTable minWidth={600} label={t('workshop.items.title')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('workshop.items.code')}</Table.Th>
                    <Table.Th>{t('workshop.items.name')}</Table.Th>
                    <Table.Th>{t('workshop.items.category')}</Table.Th>
                    <Table.Th>{t('workshop.items.unit')}</Table.Th>
                    <Table.Th>{t('workshop.locations.status')}</Table.Th>
                    {canManage && <Table.Th>{t('workshop.locations.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.data.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td ff="monospace">{i.code}</Table.Td>
                      <Table.Td>{i.name}</Table.Td>
                      <Table.Td>{t(`workshop.itemCategory.${i.category}`)}</Table.Td>
                      <Table.Td>{i.unit}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="dot"
                          style={{ textTransform: 'none' }}
                          color={i.isActive ? 'green' : 'gray'}
                        >
                          {i.isActive
                            ? t('workshop.locations.isActive')
                            : t('workshop.locations.inactive')}
                        </Badge>
                      </Table.Td>
                      {canManage && (
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setEditing(i)}
                            aria-label={t('workshop.locations.editOf', { name: i.name })}
                          >
                            {t('workshop.locations.edit')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Paper>
      )}
      {editing && (
        <ItemForm item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
