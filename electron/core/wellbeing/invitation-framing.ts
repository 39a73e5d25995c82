/**
 * Pure: the decline rate said kindly. Most invitations are declined for reasons of timing and
 * calendars; the words say what is normal rather than grading the user.
 */
export function invitationFraming(accepted: number, declined: number): string {
  const answered = accepted + declined;
  if (answered === 0)
    return 'No answers yet. People often reply close to the date, and silence is rarely personal.';
  const pct = Math.round((declined / answered) * 100);
  const said = `${accepted} accepted, ${declined} declined (${pct}% declined).`;
  if (pct >= 50)
    return `${said} That is normal: half or more of invitations being declined is common, because calendars are full. A "no" is usually about timing, not about you.`;
  return `${said} Declines are a normal part of inviting people; most are about timing, not about you.`;
}
