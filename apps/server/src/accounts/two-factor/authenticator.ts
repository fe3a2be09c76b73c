// Codes of authenticator apps (TOTP, RFC 6238: SHA-1, 6 digits, 30-second steps), checked with a
// step of clock drift either way, each accepted at most once.
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { CounterStore } from '../../platform/rate-limit.js';

const ISSUER = 'Consilium';
const PERIOD_SECONDS = 30;
/** Codes of the previous and the next step are accepted too (a phone's clock drifts). */
const DRIFT_STEPS = 1;

function totpFor(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

export interface AuthenticatorEnrolment {
  secret: string;
  otpauthUri: string;
  qrSvgDataUri: string;
}

/** A new 160-bit secret, its otpauth:// URI and that URI as a QR code (an SVG data: URI). */
export async function newEnrolment(label: string): Promise<AuthenticatorEnrolment> {
  const secret = new Secret({ size: 20 }).base32;
  const otpauthUri = totpFor(secret, label).toString();
  const svg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M' });
  return {
    secret,
    otpauthUri,
    qrSvgDataUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  };
}

/**
 * Checks codes and refuses one whose time step is not newer than the last accepted: a code seen
 * over a shoulder or replayed from a log is worthless. The steps are kept in the counter store
 * (memory, or Redis shared by every app process).
 */
export class AuthenticatorCodes {
  constructor(private readonly counters: CounterStore) {}

  async accept(memberId: string, secret: string, code: string, now: Date): Promise<boolean> {
    const timestamp = now.getTime();
    const delta = totpFor(secret, memberId).validate({
      token: code,
      timestamp,
      window: DRIFT_STEPS,
    });
    if (delta === null) return false;
    const step = TOTP.counter({ period: PERIOD_SECONDS, timestamp }) + delta;
    const keepMs = (2 * DRIFT_STEPS + 2) * PERIOD_SECONDS * 1000;
    const uses = await this.counters.hit(this.keyOf(memberId, step), keepMs, now);
    if (uses.count > 1) return false;
    // Older steps still inside the window are spent as well: time only moves forward.
    for (let older = step - 2 * DRIFT_STEPS; older < step; older += 1)
      await this.counters.hit(this.keyOf(memberId, older), keepMs, now);
    return true;
  }

  private keyOf(memberId: string, step: number): string {
    return `totp-step:${memberId}:${step}`;
  }
}
