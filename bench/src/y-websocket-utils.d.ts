/** y-websocket@2 ships its server helpers without type declarations. */
declare module 'y-websocket/bin/utils' {
  const utils: unknown;
  export default utils;
}
