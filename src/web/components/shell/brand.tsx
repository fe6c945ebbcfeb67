import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconBuildingBridge2 } from '@tabler/icons-react';
import { useSettings } from '../../hooks/use-settings';

/**
 * The bank's logo and name. The image is decorative (alt="") because the name is written next
 * to it; without a logo, a bridge mark stands in.
 */
export function Brand({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const { bankName, logoDataUrl } = useSettings();
  const px = size === 'lg' ? 48 : 36;
  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }} preventGrowOverflow={false}>
      {logoDataUrl ? (
        <img
          src={logoDataUrl}
          alt=""
          style={{
            height: px,
            width: 'auto',
            maxWidth: px * 3,
            objectFit: 'contain',
            objectPosition: 'left center',
            flexShrink: 0,
          }}
        />
      ) : (
        <ThemeIcon size={px} radius="md" aria-hidden style={{ flexShrink: 0 }}>
          <IconBuildingBridge2 size={px * 0.62} stroke={1.8} />
        </ThemeIcon>
      )}
      <Text
        component="span"
        fw={700}
        fz={size === 'lg' ? { base: 'lg', sm: 'xl' } : { base: 'md', sm: 'lg' }}
        lh={1.2}
        c="brick.8"
        lineClamp={2}
        style={{ minWidth: 0 }}
      >
        {bankName}
      </Text>
    </Group>
  );
}
