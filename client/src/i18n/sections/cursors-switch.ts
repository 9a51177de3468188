/** The console's cursor switch for big plenary boards. */
export const cursorsSwitchDe = {
  heading: 'Mauszeiger',
  label: 'Mauszeiger der anderen auf den Tafeln zeigen',
  hint: 'In großen Runden (ab etwa 100 Personen auf einer Tafel) ausschalten: die Tafeln bleiben flüssig, Namen und Auswahl bleiben sichtbar.',
};
