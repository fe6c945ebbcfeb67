/** Luhn checksum, used by SIREN (9 digits) and SIRET (14 digits). */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Removes spaces and dots people type in SIRET/SIREN numbers. */
export function normaliseLegalId(value: string): string {
  return value.replace(/[\s.]/g, '');
}

/** True for a well-formed SIREN (9 digits, Luhn). */
export function isValidSiren(value: string): boolean {
  const v = normaliseLegalId(value);
  return /^\d{9}$/.test(v) && luhnValid(v);
}

/**
 * True for a well-formed SIRET (14 digits, Luhn). La Poste's establishments (SIREN 356000000)
 * follow another rule: the sum of the digits is a multiple of 5.
 */
export function isValidSiret(value: string): boolean {
  const v = normaliseLegalId(value);
  if (!/^\d{14}$/.test(v)) return false;
  if (v.startsWith('356000000')) {
    return [...v].reduce((s, c) => s + Number(c), 0) % 5 === 0;
  }
  return luhnValid(v);
}
