import type { DeepStrings } from '../messages-type';

/** The console's cursor switch for big plenary boards. */
export const cursorsSwitchDe = {
  heading: 'Mauszeiger',
  label: 'Mauszeiger der anderen auf den Tafeln zeigen',
  hint: 'In großen Runden (ab etwa 100 Personen auf einer Tafel) ausschalten: die Tafeln bleiben flüssig, Namen und Auswahl bleiben sichtbar.',
};

export const cursorsSwitchEn: DeepStrings<typeof cursorsSwitchDe> = {
  heading: 'Cursors',
  label: "Show other people's cursors on the boards",
  hint: 'Switch off in big rounds (from about 100 people on one board): the boards stay smooth, names and selections stay visible.',
};
