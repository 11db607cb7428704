/** Calendar text for tests and benchmarks of the invitation import. */
/** One event with `attendees` distinct attendees, as a calendar would write it. */
export function largeInvitation(attendees: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:all-hands@example.com'];
  lines.push('SUMMARY:All hands', 'DTSTART:20261201T150000Z');
  for (let i = 0; i < attendees; i++)
    lines.push(`ATTENDEE;CN="Person ${i}";ROLE=REQ-PARTICIPANT:mailto:person.${i}@example.com`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.join('\r\n');
}
