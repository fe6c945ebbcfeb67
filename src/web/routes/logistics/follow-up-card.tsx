import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_USAGE, type TFollowUpUsage } from '../../../shared/logistics';
import { answerFollowUp, logisticsKeys, type TFollowUp } from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { useFormat } from '../../hooks/use-format';

type TYesNo = 'yes' | 'no' | 'unknown';
const toBool = (v: TYesNo): boolean | null => (v === 'unknown' ? null : v === 'yes');

function YesNo({
  label,
  value,
  onChange,
}: {
  label: string;
  value: TYesNo;
  onChange: (v: TYesNo) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} value={value} onChange={(v) => onChange(v as TYesNo)}>
      <Group gap="md" mt={4}>
        {(['yes', 'no', 'unknown'] as const).map((v) => (
          <Radio key={v} value={v} label={t(`logistics.followUps.${v}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** The short question about one handover: still in use, enough data, training wanted. */
export function FollowUpCard({ followUp }: { followUp: TFollowUp }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [usage, setUsage] = useState<TFollowUpUsage | null>(null);
  const [enoughData, setEnoughData] = useState<TYesNo>('unknown');
  const [training, setTraining] = useState<TYesNo>('unknown');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      answerFollowUp(followUp.id, {
        usage: usage!,
        enoughData: toBool(enoughData),
        trainingWanted: toBool(training),
        comment: comment.trim() || null,
      }),
    onSuccess: () => {
      notifySuccess(t, t('logistics.followUps.done', { assetTag: followUp.assetTag }));
      void queryClient.invalidateQueries({ queryKey: logisticsKeys.all });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!usage);
    if (usage) save.mutate();
  };
  const titleId = `follow-up-${followUp.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} ff="monospace">
        {followUp.assetTag}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('logistics.followUps.meta', {
          form: t(`logistics.form.${followUp.form}`),
          due: format.date(followUp.dueOn),
        })}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Radio.Group
            label={t('logistics.followUps.usage')}
            value={usage}
            onChange={(v) => setUsage(v as TFollowUpUsage)}
            required
            withAsterisk
            error={missing && !usage ? t('fields.required') : undefined}
          >
            <Stack gap={6} mt={4}>
              {FOLLOW_UP_USAGE.map((u) => (
                <Radio key={u} value={u} label={t(`logistics.followUps.usageValue.${u}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <YesNo
            label={t('logistics.followUps.enoughData')}
            value={enoughData}
            onChange={setEnoughData}
          />
          <YesNo
            label={t('logistics.followUps.trainingWanted')}
            value={training}
            onChange={setTraining}
          />
          <Textarea
            label={t('logistics.followUps.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={1000}
            autosize
            minRows={2}
          />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={save.isPending}
              aria-label={t('logistics.followUps.submitFor', { assetTag: followUp.assetTag })}
            >
              {t('logistics.followUps.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
