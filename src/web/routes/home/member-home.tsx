import { Anchor, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingStore, IconHeartHandshake } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { THome } from '../../api/platform';
import { ComingSoon } from '../../components/common/coming-soon';
import type { THomeKind } from '../../lib/home';
import { NeedsHomeCard } from '../needs/needs-home-card';
import { HomeTasks } from './home-tasks';

type TMemberKind = Exclude<THomeKind, 'bank' | 'none'>;

/**
 * Home of a partner's member (referent, workshop, donor, funder, volunteer): what waits for
 * them, each line a link to the page where they act, and their organisation. Welcome points
 * are still to come: volunteers get an honest word on what their space will hold.
 */
export function MemberHome({
  kind,
  organisation,
}: {
  kind: TMemberKind;
  organisation: THome['organisation'];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {kind !== 'volunteer' && <HomeTasks />}
      {kind === 'referent' && <NeedsHomeCard side="structure" />}
      {organisation && (
        <Paper p="lg" component="section" aria-labelledby="home-organisation">
          <Title order={2} size="h3" id="home-organisation" mb="sm">
            {t('home.yourOrganisation')}
          </Title>
          <Group wrap="nowrap" gap="md">
            <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
              <IconBuildingStore size={24} stroke={1.6} />
            </ThemeIcon>
            <div style={{ minWidth: 0 }}>
              <Text fw={600} className="break-anywhere">
                {organisation.name}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`kinds.${organisation.kind}`)}
              </Text>
            </div>
          </Group>
          <Anchor
            component={Link}
            to={`/organisations/${organisation.id}`}
            size="sm"
            mt="sm"
            display="inline-block"
          >
            {t('home.seeOrganisation', { name: organisation.name })}
          </Anchor>
        </Paper>
      )}
      {kind === 'volunteer' && (
        <ComingSoon
          heading={t('home.comingTitle')}
          title={t('home.volunteer.coming')}
          description={t('home.volunteer.comingDetail')}
          icon={<IconHeartHandshake aria-hidden />}
        />
      )}
    </Stack>
  );
}
