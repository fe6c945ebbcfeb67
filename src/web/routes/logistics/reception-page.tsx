import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { assetTagFromScan } from '../../../domain/device/asset-tag';
import { RECEPTION_RESULTS, type TReceptionResult } from '../../../shared/logistics';
import {
  getShipment,
  logisticsKeys,
  receiveShipment,
  type TShipment,
  type TShipmentUnit,
} from '../../api/logistics';
import { ErrorAlert } from '../../components/common/error-alert';
import { notifySuccess } from '../../components/common/notify';
import { PageHeader } from '../../components/common/page-header';
import { PageLoader } from '../../components/common/page-loader';
import { CameraScanButton, type TScanOutcome } from '../../components/scan/camera-scan-button';
import { imageFileToDataUrl } from './logistics-common';

type TAnswer = { result: TReceptionResult | null; comment: string; photo: string | null };

function UnitCard({
  unit,
  answer,
  onChange,
}: {
  unit: TShipmentUnit;
  answer: TAnswer;
  onChange: (a: TAnswer) => void;
}) {
  const { t } = useTranslation();
  const [photoError, setPhotoError] = useState<string | null>(null);
  const name = `${unit.device.assetTag} — ${t(`workshop.kind.${unit.device.kind}`)}`;
  return (
    <Paper withBorder p="sm" component="article" aria-label={name}>
      <Stack gap="xs">
        <Text fw={600} size="sm" className="break-anywhere">
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {[unit.device.brand, unit.device.model].filter(Boolean).join(' ')}
        </Text>
        <Radio.Group
          label={t('logistics.reception.resultOf', { assetTag: unit.device.assetTag })}
          value={answer.result ?? ''}
          onChange={(v) => onChange({ ...answer, result: v as TReceptionResult })}
        >
          <Group gap="md" mt={4}>
            {RECEPTION_RESULTS.map((r) => (
              <Radio key={r} value={r} label={t(`logistics.reception.${r}`)} />
            ))}
          </Group>
        </Radio.Group>
        {answer.result && answer.result !== 'received' && (
          <>
            <Textarea
              label={t('logistics.reception.comment')}
              value={answer.comment}
              onChange={(e) => onChange({ ...answer, comment: e.currentTarget.value })}
              autosize
              minRows={2}
            />
            <FileInput
              label={t('logistics.reception.photo')}
              placeholder={t('logistics.reception.photoPlaceholder')}
              accept="image/png,image/jpeg"
              capture="environment"
              clearable
              clearButtonProps={{ 'aria-label': t('logistics.reception.clearPhoto') }}
              error={photoError}
              onChange={(file) => {
                setPhotoError(null);
                if (!file) return onChange({ ...answer, photo: null });
                imageFileToDataUrl(file).then(
                  (photo) => onChange({ ...answer, photo }),
                  () => setPhotoError(t('logistics.reception.photoUnreadable')),
                );
              }}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function ReceptionForm({ shipment: s }: { shipment: TShipment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, TAnswer>>(() =>
    Object.fromEntries(s.units.map((u) => [u.id, { result: null, comment: '', photo: null }])),
  );
  const [code, setCode] = useState('');
  const [scanMessage, setScanMessage] = useState('');
  const [missingAnswers, setMissingAnswers] = useState(false);
  const set = (id: string, a: TAnswer) => setAnswers((prev) => ({ ...prev, [id]: a }));
  const receive = useMutation({
    mutationFn: () =>
      receiveShipment(s.id, {
        units: s.units.map((u) => {
          const a = answers[u.id]!;
          return {
            unitId: u.id,
            result: a.result!,
            comment: a.comment.trim() || null,
            photo: a.result === 'received' ? null : a.photo,
          };
        }),
      }),
    onSuccess: (r) => {
      notifySuccess(
        t,
        t('logistics.reception.done', { received: r.received, discrepancies: r.discrepancies }),
      );
      void queryClient.invalidateQueries({ queryKey: logisticsKeys.all });
      void navigate(`/shipments/${s.id}`);
    },
  });
  /** Ticks the unit a code names (its asset tag, or a label's QR URL ending with it). */
  const tick = (raw: string): TScanOutcome => {
    const value = raw.trim().toUpperCase();
    const tag = assetTagFromScan(value);
    const unit = s.units.find(
      (u) =>
        u.device.assetTag === tag ||
        value === u.device.assetTag.toUpperCase() ||
        value.endsWith(`/${u.device.assetTag.toUpperCase()}`),
    );
    const outcome = unit
      ? { ok: true, message: t('logistics.reception.ticked', { assetTag: unit.device.assetTag }) }
      : { ok: false, message: t('logistics.reception.notInShipment', { code: value }) };
    if (unit) {
      setAnswers((prev) => ({ ...prev, [unit.id]: { ...prev[unit.id]!, result: 'received' } }));
    }
    setScanMessage(outcome.message);
    return outcome;
  };
  const scan = () => {
    const value = code.trim();
    setCode('');
    if (value) tick(value);
  };
  const answered = s.units.filter((u) => answers[u.id]!.result).length;
  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="reception-scan">
        <Title order={2} size="h4" id="reception-scan" mb="xs">
          {t('logistics.reception.scanTitle')}
        </Title>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            scan();
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('logistics.reception.code')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
              style={{ flex: '1 1 10rem' }}
            />
            <Group gap="xs" wrap="nowrap">
              <CameraScanButton onScan={tick} continuous />
              <Button type="submit" variant="light">
                {t('logistics.reception.tick')}
              </Button>
            </Group>
          </Group>
        </form>
        <Text size="sm" mt="xs" role="status" aria-live="polite">
          {scanMessage}
        </Text>
        <Button
          mt="xs"
          variant="subtle"
          onClick={() =>
            setAnswers((prev) =>
              Object.fromEntries(
                Object.entries(prev).map(([id, a]) => [
                  id,
                  { ...a, result: a.result ?? 'received' },
                ]),
              ),
            )
          }
        >
          {t('logistics.reception.allReceived')}
        </Button>
      </Paper>
      <section aria-labelledby="reception-units">
        <Title order={2} size="h4" id="reception-units" mb="xs">
          {t('logistics.reception.unitsTitle', { answered, units: s.units.length })}
        </Title>
        <Stack gap="sm">
          {s.units.map((u) => (
            <UnitCard key={u.id} unit={u} answer={answers[u.id]!} onChange={(a) => set(u.id, a)} />
          ))}
        </Stack>
      </section>
      {missingAnswers && answered < s.units.length && (
        <Alert color="red" variant="light" role="alert">
          {t('logistics.reception.answerEach')}
        </Alert>
      )}
      <ErrorAlert error={receive.error} />
      <Button
        onClick={() => {
          if (answered < s.units.length) return setMissingAnswers(true);
          receive.mutate();
        }}
        loading={receive.isPending}
      >
        {t('logistics.reception.submit')}
      </Button>
    </Stack>
  );
}

/** The structure confirms what arrived, unit by unit, from a phone. */
export function ReceptionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: logisticsKeys.shipment(id), queryFn: () => getShipment(id) });
  const s = q.data;
  return (
    <>
      <PageHeader
        title={t('logistics.reception.title', { reference: s?.reference ?? '' })}
        intro={t('logistics.reception.intro')}
        before={
          <Anchor component={Link} to={`/shipments/${id}`} size="sm">
            {t('logistics.pack.back')}
          </Anchor>
        }
      />
      {q.isPending && <PageLoader />}
      <ErrorAlert error={q.error} />
      {s &&
        (['shipped', 'delivered'].includes(s.status) ? (
          <ReceptionForm shipment={s} />
        ) : (
          <Paper p="lg">
            <Text>
              {t('logistics.reception.notNow', { status: t(`logistics.status.${s.status}`) })}
            </Text>
          </Paper>
        ))}
    </>
  );
}
