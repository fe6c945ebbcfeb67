/**
 * Approximate centre (latitude, longitude in degrees, WGS 84) of every département: the 101
 * of metropolitan France and overseas, plus Saint-Pierre-et-Miquelon, Saint-Barthélemy and
 * Saint-Martin, which have postal codes. Precision is a few tens of kilometres, enough to place a delivery
 * address that has no coordinates for the allocation engine's distances.
 */
export const DEPARTEMENT_CENTROIDS: Readonly<Record<string, readonly [number, number]>> = {
  '01': [46.1, 5.35],
  '02': [49.56, 3.56],
  '03': [46.39, 3.19],
  '04': [44.1, 6.24],
  '05': [44.66, 6.26],
  '06': [43.94, 7.12],
  '07': [44.75, 4.42],
  '08': [49.62, 4.63],
  '09': [42.92, 1.5],
  '10': [48.3, 4.16],
  '11': [43.1, 2.41],
  '12': [44.28, 2.68],
  '13': [43.54, 5.09],
  '14': [49.1, -0.36],
  '15': [45.05, 2.67],
  '16': [45.72, 0.2],
  '17': [45.78, -0.67],
  '18': [47.06, 2.49],
  '19': [45.36, 1.88],
  '21': [47.42, 4.77],
  '22': [48.44, -2.86],
  '23': [46.09, 2.02],
  '24': [45.1, 0.74],
  '25': [47.17, 6.36],
  '26': [44.68, 5.17],
  '27': [49.11, 1.03],
  '28': [48.39, 1.37],
  '29': [48.26, -4.06],
  '2A': [41.86, 8.99],
  '2B': [42.39, 9.21],
  '30': [43.99, 4.18],
  '31': [43.36, 1.17],
  '32': [43.69, 0.45],
  '33': [44.83, -0.58],
  '34': [43.58, 3.37],
  '35': [48.15, -1.64],
  '36': [46.78, 1.58],
  '37': [47.26, 0.69],
  '38': [45.26, 5.58],
  '39': [46.73, 5.7],
  '40': [43.97, -0.78],
  '41': [47.62, 1.43],
  '42': [45.73, 4.17],
  '43': [45.13, 3.81],
  '44': [47.36, -1.68],
  '45': [47.91, 2.34],
  '46': [44.62, 1.6],
  '47': [44.37, 0.46],
  '48': [44.52, 3.5],
  '49': [47.39, -0.56],
  '50': [49.08, -1.33],
  '51': [48.95, 4.24],
  '52': [48.11, 5.23],
  '53': [48.15, -0.65],
  '54': [48.79, 6.17],
  '55': [48.99, 5.38],
  '56': [47.85, -2.81],
  '57': [49.04, 6.66],
  '58': [47.11, 3.5],
  '59': [50.45, 3.22],
  '60': [49.41, 2.43],
  '61': [48.58, 0.13],
  '62': [50.49, 2.29],
  '63': [45.73, 3.14],
  '64': [43.26, -0.76],
  '65': [43.05, 0.16],
  '66': [42.6, 2.52],
  '67': [48.67, 7.55],
  '68': [47.86, 7.27],
  '69': [45.87, 4.64],
  '70': [47.64, 6.09],
  '71': [46.64, 4.54],
  '72': [48.0, 0.22],
  '73': [45.48, 6.44],
  '74': [46.03, 6.43],
  '75': [48.857, 2.347],
  '76': [49.66, 1.03],
  '77': [48.63, 2.93],
  '78': [48.82, 1.84],
  '79': [46.56, -0.32],
  '80': [49.96, 2.29],
  '81': [43.79, 2.17],
  '82': [44.08, 1.28],
  '83': [43.46, 6.22],
  '84': [44.01, 5.18],
  '85': [46.67, -1.3],
  '86': [46.56, 0.46],
  '87': [45.89, 1.24],
  '88': [48.2, 6.38],
  '89': [47.84, 3.56],
  '90': [47.63, 6.93],
  '91': [48.52, 2.25],
  '92': [48.85, 2.25],
  '93': [48.92, 2.48],
  '94': [48.78, 2.47],
  '95': [49.08, 2.13],
  '971': [16.2, -61.55],
  '972': [14.64, -61.02],
  '973': [3.93, -53.13],
  '974': [-21.13, 55.53],
  '976': [-12.82, 45.15],
  '975': [46.78, -56.18],
  '977': [17.9, -62.83],
  '978': [18.07, -63.05],
};

/** The centre of a département, or undefined for an unknown code. */
export function departementCentroid(code: string): { lat: number; lon: number } | undefined {
  const c = DEPARTEMENT_CENTROIDS[code];
  return c ? { lat: c[0], lon: c[1] } : undefined;
}

/**
 * Coordinates of an address: its own when known, else its département's centre; undefined
 * when neither is known.
 */
export function locateAddress(address: {
  lat: number | null;
  lon: number | null;
  departementCode: string;
}): { lat: number; lon: number; approximate: boolean } | undefined {
  if (address.lat != null && address.lon != null) {
    return { lat: address.lat, lon: address.lon, approximate: false };
  }
  const c = departementCentroid(address.departementCode);
  return c ? { ...c, approximate: true } : undefined;
}
