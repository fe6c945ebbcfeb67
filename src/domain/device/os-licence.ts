/**
 * Operating systems and licences: Windows needs a licence reference (the refurbisher's
 * licence or the device's embedded key); Linux, ChromeOS Flex, Android, iOS and macOS (free
 * with Apple hardware) do not.
 */

/** True when installing this OS must be backed by a licence reference. */
export function osNeedsLicence(osName: string | null | undefined): boolean {
  return !!osName && /\bwindows\b/i.test(osName);
}
