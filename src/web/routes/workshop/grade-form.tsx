import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { APPEARANCE_CRITERIA, FUNCTION_CRITERIA } from '../../../domain/device/grading';
import type { TAppearanceGrade, TFunctionGrade } from '../../../shared/inventory';
import { gradeDevice, type TDevice } from '../../api/inventory';
import { useDeviceWrite } from './device-actions';
import { RefusalAlert } from './workshop-common';

/** Grading with the written criteria shown beside each grade (same texts as the rules). */
export function GradeForm({ device }: { device: TDevice }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'fr';
  const [appearance, setAppearance] = useState<string>(device.appearanceGrade ?? '');
  const [fn, setFn] = useState<string>(device.functionGrade ?? '');
  const [battery, setBattery] = useState<number | string>(device.batteryHealthPct ?? '');
  const [osName, setOsName] = useState(device.osName ?? '');
  const [licence, setLicence] = useState(device.osLicenceRef ?? '');
  const write = useDeviceWrite((body: Parameters<typeof gradeDevice>[1]) =>
    gradeDevice(device.id, body),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate({
      appearanceGrade: appearance as TAppearanceGrade,
      functionGrade: fn as TFunctionGrade,
      batteryHealthPct: typeof battery === 'number' ? battery : null,
      osName,
      osLicenceRef: licence,
    });
  };
  return (
    <Paper p="md">
      <Title order={2} size="h3" mb="sm">
        {t('workshop.grading.title')}
      </Title>
      <form onSubmit={submit}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Radio.Group
              label={t('workshop.grading.appearance')}
              description={t('workshop.grading.criteria')}
              value={appearance}
              onChange={setAppearance}
              required
            >
              <Stack gap="xs" mt="xs">
                {APPEARANCE_CRITERIA.map((c) => (
                  <Radio
                    key={c.grade}
                    value={c.grade}
                    label={<Text size="sm">{`${c.grade} — ${c[lang]}`}</Text>}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Radio.Group
              label={t('workshop.grading.function')}
              description={t('workshop.grading.criteria')}
              value={fn}
              onChange={setFn}
              required
            >
              <Stack gap="xs" mt="xs">
                {FUNCTION_CRITERIA.map((c) => (
                  <Radio
                    key={c.grade}
                    value={c.grade}
                    label={<Text size="sm">{`${c.grade} — ${c[lang]}`}</Text>}
                  />
                ))}
              </Stack>
            </Radio.Group>
          </SimpleGrid>
          <Group gap="sm" grow wrap="wrap">
            <NumberInput
              label={t('workshop.grading.battery')}
              value={battery}
              onChange={setBattery}
              min={0}
              max={100}
              allowDecimal={false}
              miw={140}
            />
            <TextInput
              label={t('workshop.grading.osName')}
              value={osName}
              onChange={(e) => setOsName(e.currentTarget.value)}
              miw={160}
            />
            <TextInput
              label={t('workshop.grading.osLicenceRef')}
              value={licence}
              onChange={(e) => setLicence(e.currentTarget.value)}
              miw={160}
            />
          </Group>
          <Group>
            <Button type="submit" loading={write.isPending}>
              {t('workshop.grading.record')}
            </Button>
          </Group>
          {write.error && <RefusalAlert error={write.error} />}
        </Stack>
      </form>
    </Paper>
  );
}
