/**
 * How often a browser sends its pointer position, by the number of people on
 * the board. Every cursor move goes out to everyone, so a board's presence
 * traffic grows with the square of its people: a big plenary sends fewer
 * moves per person (a cursor there still moves smoothly enough to follow).
 */
export function cursorIntervalMs(peopleOnBoard: number): number {
  if (peopleOnBoard <= 30) return 50;
  if (peopleOnBoard <= 100) return 100;
  return 200;
}
