/**
 * The largest message the page and the browser host exchange over their WebSocket, in bytes. The
 * host closes the one connection that sends more. Big files (backups, imports) never travel as one
 * message: they go in chunks of at most 1 MiB of base64, so a chunk, its JSON envelope and any
 * ordinary call fit with room to spare, while a hostile client cannot make the host buffer much.
 */
export const MAX_SOCKET_MESSAGE_BYTES = 4 * 1024 * 1024;
