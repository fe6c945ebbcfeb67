import { useCallback } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TDonateValues } from './donate-model';
import { emptyLotLine, LotLineFields } from './lot-line-fields';
import { PostalCommuneFields } from './postal-commune-fields';
import { supplyFieldError } from './supply-common';

type TForm = UseFormReturnType<TDonateValues>;

function useField(form: TForm) {
  const { t } = useTranslation();
  const err = (path: string) => supplyFieldError(t, form.errors[path]);
  return {
    err,
    input: (path: keyof TDonateValues) => ({ ...form.getInputProps(path), error: err(path) }),
  };
}

/** Street, complement and postal code (with its commune) of one address of the form. */
function AddressFields({ form, prefix }: { form: TForm; prefix: 'company' | 'pickup' }) {
  const { t } = useTranslation();
  const { err, input } = useField(form);
  const k = (f: 'Line1' | 'Line2' | 'PostalCode' | 'CommuneCode') =>
    (prefix === 'company'
      ? `company${f}`
      : f[0]!.toLowerCase() + f.slice(1)) as keyof TDonateValues;
  const postalKey = k('PostalCode');
  const communeKey = k('CommuneCode');
  const setPostal = useCallback((v: string) => form.setFieldValue(postalKey, v), [form, postalKey]);
  const setCommune = useCallback(
    (v: string) => form.setFieldValue(communeKey, v),
    [form, communeKey],
  );
  return (
    <>
      <TextInput
        label={t('supply.declare.line1')}
        required
        autoComplete={prefix === 'company' ? 'address-line1' : 'off'}
        {...input(k('Line1'))}
      />
      <TextInput
        label={t('supply.declare.line2')}
        autoComplete={prefix === 'company' ? 'address-line2' : 'off'}
        {...input(k('Line2'))}
      />
      <PostalCommuneFields
        postalCode={form.values[postalKey] as string}
        communeCode={form.values[communeKey] as string}
        onPostalCode={setPostal}
        onCommuneCode={setCommune}
        error={err(postalKey) ?? err(communeKey)}
      />
    </>
  );
}

/** The company: name, SIREN, head-office address. */
export function CompanyFields({ form }: { form: TForm }) {
  const { t } = useTranslation();
  const { input } = useField(form);
  return (
    <Fieldset legend={t('supply.donate.company')}>
      <Stack gap="sm">
        <TextInput
          label={t('supply.donate.companyName')}
          required
          autoComplete="organization"
          {...input('companyName')}
        />
        <TextInput
          label={t('supply.donate.siren')}
          description={t('supply.donate.sirenHint')}
          required
          inputMode="numeric"
          {...input('legalId')}
        />
        <AddressFields form={form} prefix="company" />
      </Stack>
    </Fieldset>
  );
}

/** The person who gets the account. */
export function ContactFields({ form }: { form: TForm }) {
  const { t } = useTranslation();
  const { input } = useField(form);
  return (
    <Fieldset legend={t('supply.donate.contact')}>
      <Stack gap="sm">
        <TextInput
          label={t('supply.donate.contactName')}
          required
          autoComplete="name"
          {...input('contactName')}
        />
        <TextInput
          label={t('supply.donate.contactEmail')}
          description={t('supply.donate.contactEmailHint')}
          required
          type="email"
          autoComplete="email"
          {...input('contactEmail')}
        />
        <TextInput
          label={t('supply.donate.contactPhone')}
          required
          type="tel"
          autoComplete="tel"
          {...input('contactPhone')}
        />
      </Stack>
    </Fieldset>
  );
}

/** The devices: one line per kind, as on the logged-in declaration. */
export function DevicesFields({ form }: { form: TForm }) {
  const { t } = useTranslation();
  const { err } = useField(form);
  return (
    <Stack gap="sm">
      {form.values.lines.map((_l, i) => (
        <LotLineFields
          key={i}
          form={form}
          index={i}
          canRemove={form.values.lines.length > 1}
          compact
        />
      ))}
      {err('lines') && (
        <Alert color="red" variant="light" role="alert">
          {err('lines')}
        </Alert>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('lines', emptyLotLine())}
        >
          {t('supply.declare.addLine')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Where and when to pick the lot up, and who is on site. */
export function PickupFields({ form }: { form: TForm }) {
  const { t } = useTranslation();
  const { input } = useField(form);
  return (
    <Fieldset legend={t('supply.declare.pickup')}>
      <Stack gap="sm">
        <Checkbox
          label={t('supply.donate.sameAddress')}
          {...form.getInputProps('sameAddress', { type: 'checkbox' })}
        />
        {!form.values.sameAddress && <AddressFields form={form} prefix="pickup" />}
        <TextInput
          type="date"
          label={t('supply.declare.availableFrom')}
          required
          {...input('availableFrom')}
        />
        <TextInput
          type="date"
          label={t('supply.declare.availableUntil')}
          required
          {...input('availableUntil')}
        />
        <TextInput label={t('supply.declare.contactName')} required {...input('siteName')} />
        <TextInput
          label={t('supply.declare.contactPhone')}
          required
          type="tel"
          {...input('sitePhone')}
        />
        <TextInput label={t('supply.declare.contactEmail')} type="email" {...input('siteEmail')} />
        <Textarea label={t('supply.declare.notes')} autosize minRows={2} {...input('notes')} />
      </Stack>
    </Fieldset>
  );
}
