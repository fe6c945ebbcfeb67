import { useTranslation } from 'react-i18next';
import type { TUnmet } from '../../../domain/allocation';

/** Why units of a line stay unserved, in the interface language (the engine's reason codes). */
export function useUnmetReason(networks: Record<string, string>) {
  const { t } = useTranslation();
  const network = (id: unknown) =>
    id === 'none' ? t('allocation.noNetwork') : (networks[String(id)] ?? String(id));
  const list = (ids: unknown) => (Array.isArray(ids) ? ids.map(network).join(', ') : '');
  return (u: Omit<TUnmet, 'demand'>): string => {
    const p = u.params;
    const reserved =
      typeof p.reservedUnits === 'number'
        ? ` ${t('allocation.reasons.reserved', { count: p.reservedUnits, networks: list(p.reservedFor) })}`
        : '';
    switch (u.reasonCode) {
      case 'zero_weight':
        return t('allocation.reasons.zero_weight');
      case 'no_compatible_stock':
        return t('allocation.reasons.no_compatible_stock', {
          kinds: (Array.isArray(p.acceptedKinds) ? p.acceptedKinds : [])
            .map((k) => t(`needs.kinds.${k}`))
            .join(', '),
          tier: p.minTier,
        });
      case 'earmark_reserved':
        return t('allocation.reasons.earmark_reserved', {
          count: Number(p.units),
          networks: list(p.reservedFor),
        });
      case 'network_cap':
        return t('allocation.reasons.network_cap', { network: network(p.network), cap: p.cap });
      case 'insufficient_stock':
        return t('allocation.reasons.insufficient_stock', { count: Number(p.units) }) + reserved;
      case 'outweighed':
        return (
          (Number(p.cutoffWeight) > Number(p.weight)
            ? t('allocation.reasons.outweighed', { cutoff: p.cutoffWeight, weight: p.weight })
            : t('allocation.reasons.outweighed_tie', { weight: p.weight })) + reserved
        );
      default:
        return u.reason;
    }
  };
}
