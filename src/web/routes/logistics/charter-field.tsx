import { useState } from 'react';
import { Alert, Button, FileInput, Radio, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CHARTER_METHODS, type TCharterMethod } from '../../../shared/logistics';
import { createCharterCode } from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { useFormat } from '../../hooks/use-format';
import { imageFileToDataUrl } from './logistics-common';
import { SignaturePad } from './signature-pad';

export interface TCharterValue {
  method: TCharterMethod;
  image: string | null;
  codeId: string | null;
  code: string;
}

/**
 * How the beneficiary accepts the engagement charter: a signature drawn on the screen, a
 * photo of the signed paper charter, or a one-time code (both keyboard-friendly).
 */
export function CharterField({
  beneficiaryId,
  value,
  onChange,
  error,
}: {
  beneficiaryId: string | null;
  value: TCharterValue;
  onChange: (v: TCharterValue) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ code: string; expiresAt: string } | null>(null);
  const code = useMutation({
    mutationFn: () => createCharterCode(beneficiaryId!),
    onSuccess: (r) => {
      setIssued({ code: r.code, expiresAt: r.expiresAt });
      onChange({ ...value, codeId: r.id, code: '' });
    },
  });
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('logistics.handover.charter')}
        description={t('logistics.handover.charterHelp')}
        value={value.method}
        onChange={(m) =>
          onChange({ method: m as TCharterMethod, image: null, codeId: null, code: '' })
        }
        error={error}
        required
      >
        <Group gap="md" mt={4}>
          {CHARTER_METHODS.map((m) => (
            <Radio key={m} value={m} label={t(`logistics.charter.${m}`)} />
          ))}
        </Group>
      </Radio.Group>
      {value.method === 'signature' && (
        <SignaturePad
          key="signature"
          label={t('logistics.handover.signHere')}
          onChange={(image) => onChange({ ...value, image })}
        />
      )}
      {value.method === 'photo' && (
        <FileInput
          label={t('logistics.handover.charterPhoto')}
          placeholder={t('logistics.reception.photoPlaceholder')}
          accept="image/png,image/jpeg"
          capture="environment"
          error={photoError}
          onChange={(file) => {
            setPhotoError(null);
            if (!file) return onChange({ ...value, image: null });
            imageFileToDataUrl(file).then(
              (image) => onChange({ ...value, image }),
              () => setPhotoError(t('logistics.reception.photoUnreadable')),
            );
          }}
        />
      )}
      {value.method === 'code' && (
        <Stack gap="xs">
          <Group>
            <Button
              variant="light"
              onClick={() => code.mutate()}
              disabled={!beneficiaryId}
              loading={code.isPending}
            >
              {t('logistics.handover.issueCode')}
            </Button>
          </Group>
          <ErrorAlert error={code.error} />
          {issued && (
            <Alert color="lagoon" variant="light" title={t('logistics.handover.codeTitle')}>
              <Text size="xl" ff="monospace" fw={700}>
                {issued.code}
              </Text>
              <Text size="sm">
                {t('logistics.handover.codeHelp', { at: format.dateTime(issued.expiresAt) })}
              </Text>
            </Alert>
          )}
          {value.codeId && (
            <TextInput
              label={t('logistics.handover.codeEntered')}
              inputMode="numeric"
              autoComplete="one-time-code"
              value={value.code}
              onChange={(e) => onChange({ ...value, code: e.currentTarget.value })}
              required
              w={200}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
