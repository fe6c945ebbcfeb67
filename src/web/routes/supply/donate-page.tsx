import { useState } from 'react';
import { Alert, Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ZPublicDonationInput } from '../../../shared/schemas/donations';
import { declareLotPublic } from '../../api/supply';
import { ErrorAlert } from '../../components/common/error-alert';
import { focusFirstError } from '../../components/common/focus-first-error';
import { usePageTitle } from '../../hooks/use-page-title';
import { CompanyFields, ContactFields, DevicesFields, PickupFields } from './donate-fields';
import {
  donateFieldPath,
  emptyDonateValues,
  isDonatePath,
  toDonateInput,
  type TDonateValues,
} from './donate-model';
import { RulesPanel } from './donation-rules-panel';
import { applyApiError, schemaValidator } from './supply-form';

/** After sending: the lot's reference and what happens next (the mail, the link, the steps). */
function Sent({ reference, email }: { reference: string; email: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{t('supply.donate.sentTitle')}</Title>
      <Alert color="lagoon" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
        <Text fw={600}>{t('supply.donate.sentReference', { reference })}</Text>
        <Text size="sm" className="break-anywhere">
          {t('supply.donate.checkMail', { email })}
        </Text>
      </Alert>
      <List size="sm" spacing="xs">
        <List.Item>{t('supply.donate.next1')}</List.Item>
        <List.Item>{t('supply.donate.next2')}</List.Item>
        <List.Item>{t('supply.donate.next3')}</List.Item>
      </List>
      <Anchor component={Link} to="/login" size="sm">
        {t('supply.donate.toLogin')}
      </Anchor>
    </Stack>
  );
}

/**
 * The public donation form (no account needed): the minimum rules first, then the company,
 * its contact (who gets an account by mail), the devices and the pickup; then a page telling
 * the donor to check their mail.
 */
export function DonatePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('supply.donate.title'));
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<{ reference: string; email: string } | null>(null);
  const form = useForm<TDonateValues>({
    mode: 'controlled',
    initialValues: emptyDonateValues(),
    validate: (v) => {
      const errors = schemaValidator(
        ZPublicDonationInput,
        (x: TDonateValues) => toDonateInput(x, i18n.language),
        isDonatePath(v.sameAddress),
      )(v);
      return Object.fromEntries(
        Object.entries(errors).map(([k, m]) => [donateFieldPath(k, v.sameAddress), m]),
      );
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      setError(null);
      try {
        const input = toDonateInput(values, i18n.language);
        const done = await declareLotPublic(input);
        setSent({ reference: done.reference, email: input.contact.email });
        window.scrollTo(0, 0);
      } catch (e) {
        setError(
          applyApiError(form, e, isDonatePath(values.sameAddress), (p) =>
            donateFieldPath(p, values.sameAddress),
          ),
        );
      }
    },
    (_e, _v, event) => focusFirstError(event?.currentTarget as HTMLFormElement | undefined),
  );

  if (sent) return <Sent {...sent} />;
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('supply.donate.title')}</Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('supply.donate.intro')}
        </Text>
      </div>
      <RulesPanel />
      <ErrorAlert error={error} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <CompanyFields form={form} />
          <ContactFields form={form} />
          <Title order={2} size="h4">
            {t('supply.declare.devices')}
          </Title>
          <DevicesFields form={form} />
          <PickupFields form={form} />
          <Button type="submit" loading={form.submitting} fullWidth>
            {t('supply.donate.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/login" size="sm" ta="center">
        {t('supply.donate.haveAccount')}
      </Anchor>
    </Stack>
  );
}
