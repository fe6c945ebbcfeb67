import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight, IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchHomeTasks, type THomeTasks } from '../../api/platform';
import { queryKeys } from '../../api/query-keys';
import { ErrorAlert } from '../../components/common/error-alert';
import { PageLoader } from '../../components/common/page-loader';
import { useFormat } from '../../hooks/use-format';
import { useActiveMembership } from '../../hooks/use-session';

/**
 * "Waiting for you": what the active role has to do, each line a link (count and label) to
 * the page where one acts on it; a funder's grants with pledged, spent and left. Lines with
 * nothing waiting are left out; when all are, one friendly line says so.
 */
export function HomeTasks() {
  const { t } = useTranslation();
  const membershipId = useActiveMembership()?.id ?? '';
  const tasks = useQuery({
    queryKey: queryKeys.homeTasks(membershipId),
    queryFn: fetchHomeTasks,
  });
  return (
    <Paper p="lg" component="section" aria-labelledby="home-tasks" data-testid="home-tasks">
      <Title order={2} size="h3" id="home-tasks" mb="sm">
        {t('home.tasks.title')}
      </Title>
      {tasks.isPending ? (
        <PageLoader />
      ) : tasks.error ? (
        <ErrorAlert error={tasks.error} />
      ) : (
        <TasksBody data={tasks.data} />
      )}
    </Paper>
  );
}

function TasksBody({ data }: { data: THomeTasks }) {
  const { t } = useTranslation();
  const format = useFormat();
  const items = data.items.filter((i) => i.count > 0);
  const hasGrants = data.grants.length > 0;
  return (
    <Stack gap="md">
      {items.length > 0 && (
        <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <Box component="li" key={item.key} py={4}>
              <Anchor
                component={Link}
                to={item.to}
                underline="hover"
                data-task={item.key}
                display="flex"
                style={{ alignItems: 'center', gap: 'var(--mantine-spacing-sm)' }}
              >
                <Text
                  component="span"
                  fw={700}
                  miw="2.5rem"
                  ta="center"
                  px={6}
                  py={2}
                  bdrs="md"
                  bg={item.tone === 'warning' ? 'red.0' : 'brick.0'}
                  c={item.tone === 'warning' ? 'red.9' : 'brick.9'}
                  style={{ flexShrink: 0 }}
                >
                  {format.number(item.count)}
                </Text>{' '}
                <Text component="span" className="break-anywhere">
                  {t(`home.tasks.${item.key}`, { count: item.count })}
                </Text>
              </Anchor>
            </Box>
          ))}
        </Box>
      )}
      {hasGrants && (
        <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {data.grants.map((g) => (
            <Box component="li" key={g.id} py={6}>
              <Anchor component={Link} to={`/grants/${g.id}`} fw={600} className="break-anywhere">
                {g.name}
              </Anchor>
              <Group gap="md" mt={2} wrap="wrap">
                <Text size="sm">
                  {t('home.tasks.funder.pledged', { amount: format.currency(g.pledgedCents) })}
                </Text>
                <Text size="sm">
                  {t('home.tasks.funder.spent', { amount: format.currency(g.spentCents) })}
                </Text>
                <Text size="sm" fw={600}>
                  {t('home.tasks.funder.left', { amount: format.currency(g.leftCents) })}
                </Text>
              </Group>
            </Box>
          ))}
        </Box>
      )}
      {items.length === 0 && !hasGrants && (
        <Group gap="xs" wrap="nowrap">
          <IconCircleCheck size={20} aria-hidden color="var(--mantine-color-lagoon-8)" />
          <Text data-testid="home-tasks-none">{t('home.tasks.nothing')}</Text>
        </Group>
      )}
      {data.actions.length > 0 && (
        <Group gap="sm">
          {data.actions.map((a) => (
            <Button
              key={a.key}
              component={Link}
              to={a.to}
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              rightSection={<IconChevronRight size={16} aria-hidden />}
            >
              {t(`home.tasks.${a.key}`)}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
