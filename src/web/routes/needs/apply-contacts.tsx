import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NEEDS_LIMITS } from '../../../shared/needs-enums';
import { emptyContact, type TValues } from './apply-model';
import { needsFieldError } from './needs-common';

/** The application's referent contacts (one to five), each invited once approved. */
export function ApplyContacts({ form }: { form: UseFormReturnType<TValues> }) {
  const { t } = useTranslation();
  const err = (path: string) => needsFieldError(t, form.errors[path]);
  return (
    <Fieldset legend={t('needs.apply.contacts')} radius="md">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('needs.apply.contactsHint', { max: NEEDS_LIMITS.maxContacts })}
        </Text>
        {err('contacts') && (
          <Text size="sm" c="var(--mantine-color-error)">
            {err('contacts')}
          </Text>
        )}
        {form.values.contacts.map((_c, i) => (
          <Stack
            key={i}
            gap="xs"
            p="sm"
            style={{
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 'var(--mantine-radius-md)',
            }}
          >
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600} size="sm">
                {t('needs.apply.contactN', { n: i + 1 })}
              </Text>
              {form.values.contacts.length > 1 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('needs.apply.removeContact', { n: i + 1 })}
                  onClick={() => form.removeListItem('contacts', i)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              )}
            </Group>
            <TextInput
              label={t('needs.apply.contactName')}
              required
              autoComplete="name"
              {...form.getInputProps(`contacts.${i}.name`)}
              error={err(`contacts.${i}.name`)}
            />
            <TextInput
              label={t('needs.apply.contactEmail')}
              required
              type="email"
              {...form.getInputProps(`contacts.${i}.email`)}
              error={err(`contacts.${i}.email`)}
            />
            <TextInput
              label={t('needs.apply.contactPhone')}
              type="tel"
              {...form.getInputProps(`contacts.${i}.phone`)}
              error={err(`contacts.${i}.phone`)}
            />
            <TextInput
              label={t('needs.apply.contactFunction')}
              {...form.getInputProps(`contacts.${i}.function`)}
              error={err(`contacts.${i}.function`)}
            />
          </Stack>
        ))}
        {form.values.contacts.length < NEEDS_LIMITS.maxContacts && (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('contacts', emptyContact())}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('needs.apply.addContact')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
