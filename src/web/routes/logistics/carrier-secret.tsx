import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * A webhook secret, shown once after creation or rotation: selectable monospace text that
 * wraps on phones, and a copy button. The server never shows it again.
 */
export function CarrierSecret({
  carrierName,
  secret,
  onDone,
}: {
  carrierName: string;
  secret: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      // The light variant's tinted title is too pale on its background: plain text colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      title={t('logistics.carriers.secretTitle', { name: carrierName })}
    >
      <Stack gap="sm">
        <Text size="sm">{t('logistics.carriers.secretHelp')}</Text>
        <Code
          block
          data-testid="carrier-secret"
          aria-label={t('logistics.carriers.secretLabel')}
          style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', userSelect: 'all' }}
        >
          {secret}
        </Code>
        <Group gap="sm">
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button
                variant="light"
                onClick={copy}
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                }
              >
                {copied ? t('logistics.carriers.copied') : t('logistics.carriers.copy')}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDone}>
            {t('logistics.carriers.secretDone')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
