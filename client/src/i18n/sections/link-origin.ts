import type { DeepStrings } from '../messages-type';

/** German texts for the address links and QR codes point to. */
export const linkOriginDe = {
  loopbackTitle: 'Handys erreichen „localhost“ nicht',
  loopbackText:
    'Diese Konsole ist über die Adresse dieses Rechners geöffnet. Beitrittslink, QR-Codes, Aushänge und Projektor-Links zeigen deshalb auf die Netzwerkadresse des Servers.',
  choose: 'Adresse für Links und QR-Codes',
  none: 'Der Server hat keine Netzwerkadresse gefunden: Handys können so nicht beitreten. Verbinde den Rechner mit dem WLAN des Raums und starte den Server neu, oder setze PUBLIC_ORIGIN.',
};

export const linkOriginEn: DeepStrings<typeof linkOriginDe> = {
  loopbackTitle: 'Phones cannot reach “localhost”',
  loopbackText:
    'This console is open at this computer’s own address. The join link, QR codes, door signs and projector links therefore point to the server’s network address.',
  choose: 'Address for links and QR codes',
  none: 'The server found no network address: phones cannot join like this. Connect this computer to the room’s wifi and restart the server, or set PUBLIC_ORIGIN.',
};
