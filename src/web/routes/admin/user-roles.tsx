import { ActionIcon, Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TUserMembership, TUserSummary } from '../../api/users';

/**
 * A user's roles, one chip each with a labelled button to remove it. The role the admin is
 * acting through right now cannot be removed from here (that would lock them out mid-action).
 */
export function UserRoles({
  user,
  protectedMembershipId,
  onRemove,
}: {
  user: TUserSummary;
  protectedMembershipId: string | null;
  onRemove: (m: TUserMembership) => void;
}) {
  const { t } = useTranslation();
  if (user.memberships.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('users.noRoles')}
      </Text>
    );
  }
  return (
    <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {user.memberships.map((m) => {
        const label = t('users.removeRole', {
          role: t(`roles.${m.role}`),
          organisation: m.organisationName,
          name: user.displayName,
        });
        return (
          <Box
            key={m.id}
            component="li"
            bg="brick.0"
            px="sm"
            py={4}
            style={{ borderRadius: 'var(--mantine-radius-sm)', alignSelf: 'flex-start' }}
          >
            <Group gap="xs" wrap="nowrap" align="center">
              <Text size="sm" className="break-anywhere">
                <Text span fw={600} size="sm" c="brick.8">
                  {t(`roles.${m.role}`)}
                </Text>
                {' · '}
                {m.organisationName}
              </Text>
              {m.id !== protectedMembershipId && (
                <Tooltip label={label}>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="brick.8"
                    aria-label={label}
                    onClick={() => onRemove(m)}
                  >
                    <IconX size={14} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          </Box>
        );
      })}
    </Stack>
  );
}
