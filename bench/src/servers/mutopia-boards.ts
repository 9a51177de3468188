import { request } from 'node:http';

/**
 * Mutopia limits board creation to 30 a minute per client address. The bench
 * needs hundreds, so it spreads its requests over loopback source addresses
 * (127.0.0.2, 127.0.0.3, …): each address stays under the limit, which stays on.
 */
const PER_ADDRESS = 25;

function postBoard(port: number, title: string, localAddress: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ title });
    const req = request(
      {
        host: '127.0.0.1',
        port,
        localAddress,
        method: 'POST',
        path: '/api/boards',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          if (res.statusCode !== 201) reject(new Error(`POST /api/boards: ${res.statusCode} ${text}`));
          else resolve((JSON.parse(text) as { id: string }).id);
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error('POST /api/boards timed out')));
    req.end(body);
  });
}

let addressCursor = 2;
let usedOnAddress = 0;

/** Creates `count` boards through the REST API, 4 requests at a time. */
export async function createMutopiaBoards(port: number, count: number, titlePrefix = 'Bench'): Promise<string[]> {
  const ids: string[] = new Array(count);
  let next = 0;
  const nextAddress = (): string => {
    if (usedOnAddress >= PER_ADDRESS) {
      usedOnAddress = 0;
      addressCursor = addressCursor >= 250 ? 2 : addressCursor + 1;
    }
    usedOnAddress++;
    return `127.0.0.${addressCursor}`;
  };
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      ids[index] = await postBoard(port, `${titlePrefix} ${index + 1}`, nextAddress());
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return ids;
}
