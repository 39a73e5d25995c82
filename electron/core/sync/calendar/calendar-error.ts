/** An iCalendar object Netwell cannot read or write; the message is for a person. */
export class CalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarError';
  }
}
