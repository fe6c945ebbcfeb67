import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LOCATION_KINDS, type TLocationKind } from '../../../shared/inventory';
import type { TLocationInput } from '../../../shared/schemas/stock';
import { createLocation, updateLocation } from '../../api/inventory-admin';
import type { TLocation } from '../../api/inventory';
import { AppModal } from '../../components/common/app-modal';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { useDepartementOptions } from '../../hooks/use-reference-data';
import { fieldErrorMap, needsAlert, WORKSHOP_KEY } from './workshop-common';

const FIELDS = [
  'organisationId',
  'name',
  'kind',
  'code',
  'shelfCodes',
  'departementCode',
  'lat',
  'lon',
];
const numberOrNull = (v: number | string) => (v === '' ? null : Number(v));

/**
 * Creating or editing a stock location: its organisation (fixed once created), name, kind,
 * code, shelves, and where it is (département, optional coordinates) for the allocation
 * engine's distances.
 */
export function LocationForm({
  location,
  organisations,
  fixedOrganisationId,
  onClose,
}: {
  location: TLocation | null;
  organisations: { value: string; label: string }[];
  fixedOrganisationId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const departements = useDepartementOptions();
  const [organisationId, setOrganisationId] = useState<string | null>(
    location?.organisationId ?? fixedOrganisationId,
  );
  const [name, setName] = useState(location?.name ?? '');
  const [kind, setKind] = useState<TLocationKind>(location?.kind ?? 'warehouse');
  const [code, setCode] = useState(location?.code ?? '');
  const [shelves, setShelves] = useState(location?.shelfCodes.join(', ') ?? '');
  const [departementCode, setDepartement] = useState<string | null>(
    location?.departementCode ?? null,
  );
  const [lat, setLat] = useState<number | string>(location?.lat ?? '');
  const [lon, setLon] = useState<number | string>(location?.lon ?? '');
  const [isActive, setActive] = useState(location?.isActive ?? true);
  const save = useMutation({
    mutationFn: (body: TLocationInput) =>
      location ? updateLocation(location.id, body) : createLocation(body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: WORKSHOP_KEY });
      notifySuccess(t, t('workshop.locations.saved', { name: saved.name }));
      onClose();
    },
  });
  const errors = fieldErrorMap(t, save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      organisationId: organisationId ?? '',
      name,
      kind,
      code,
      shelfCodes: shelves
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      departementCode,
      lat: numberOrNull(lat),
      lon: numberOrNull(lon),
      isActive,
    });
  };
  return (
    <AppModal
      opened
      onClose={onClose}
      title={location ? t('workshop.locations.editTitle') : t('workshop.locations.newTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {!fixedOrganisationId && (
            <Select
              label={t('workshop.locations.organisation')}
              data={organisations}
              value={organisationId}
              onChange={setOrganisationId}
              searchable
              required
              disabled={!!location}
              error={errors.organisationId}
            />
          )}
          <TextInput
            label={t('workshop.locations.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={errors.name}
          />
          <Group grow gap="sm" wrap="wrap" align="flex-start">
            <Select
              label={t('workshop.common.kind')}
              data={LOCATION_KINDS.map((k) => ({
                value: k,
                label: t(`workshop.locationKind.${k}`),
              }))}
              value={kind}
              onChange={(v) => v && setKind(v as TLocationKind)}
              allowDeselect={false}
              error={errors.kind}
              miw={150}
            />
            <TextInput
              label={t('workshop.locations.code')}
              description={t('workshop.locations.codeHint')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={errors.code}
              miw={120}
            />
          </Group>
          <TextInput
            label={t('workshop.locations.shelves')}
            description={t('workshop.locations.shelvesHint')}
            value={shelves}
            onChange={(e) => setShelves(e.currentTarget.value)}
            error={errors.shelfCodes}
          />
          <Select
            label={t('workshop.locations.departement')}
            description={t('workshop.locations.departementHint')}
            data={departements}
            value={departementCode}
            onChange={setDepartement}
            searchable
            clearable
            error={errors.departementCode}
          />
          <Group grow gap="sm" wrap="wrap" align="flex-start">
            <NumberInput
              label={t('workshop.locations.lat')}
              value={lat}
              onChange={setLat}
              decimalScale={6}
              min={-90}
              max={90}
              error={errors.lat}
              miw={120}
            />
            <NumberInput
              label={t('workshop.locations.lon')}
              value={lon}
              onChange={setLon}
              decimalScale={6}
              min={-180}
              max={180}
              error={errors.lon}
              miw={120}
            />
          </Group>
          {location && (
            <Checkbox
              label={t('workshop.locations.active')}
              checked={isActive}
              onChange={(e) => setActive(e.currentTarget.checked)}
            />
          )}
          {needsAlert(save.error, FIELDS) && <ErrorAlert error={save.error} />}
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
