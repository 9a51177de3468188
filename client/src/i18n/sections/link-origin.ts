/** German texts for the address links and QR codes point to. */
export const linkOriginDe = {
  loopbackTitle: 'Handys erreichen „localhost“ nicht',
  loopbackText:
    'Diese Konsole ist über die Adresse dieses Rechners geöffnet. Beitrittslink, QR-Codes, Aushänge und Projektor-Links zeigen deshalb auf die Netzwerkadresse des Servers.',
  choose: 'Adresse für Links und QR-Codes',
  none: 'Der Server hat keine Netzwerkadresse gefunden: Handys können so nicht beitreten. Verbinde den Rechner mit dem WLAN des Raums und starte den Server neu, oder setze PUBLIC_ORIGIN.',
};
