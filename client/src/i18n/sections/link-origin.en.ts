import type { DeepStrings } from '../messages-type';
import type { linkOriginDe } from './link-origin';

/** English texts; a separate module so that German readers never download them (see i18n.ts). */
export const linkOriginEn: DeepStrings<typeof linkOriginDe> = {
  loopbackTitle: 'Phones cannot reach “localhost”',
  loopbackText:
    'This console is open at this computer’s own address. The join link, QR codes, door signs and projector links therefore point to the server’s network address.',
  choose: 'Address for links and QR codes',
  none: 'The server found no network address: phones cannot join like this. Connect this computer to the room’s wifi and restart the server, or set PUBLIC_ORIGIN.',
};
