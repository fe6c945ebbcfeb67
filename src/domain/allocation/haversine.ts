/** Mean Earth radius used for every distance of the allocation engine, in kilometres. */
export const EARTH_RADIUS_KM = 6371;

const RAD = Math.PI / 180;

/**
 * Great-circle distance in km between two points given in degrees (haversine formula), the
 * distance the allocation engine minimises once weighted units are maximal.
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}
