// Socket vocabulary shared by live captures (sock_diag, /proc/net) and CRIU images, so a socket
// reads the same whichever way it was found.

/** Socket type names by SOCK_* number. */
export const SOCKET_TYPE_NAMES: Readonly<Record<number, string>> = { 1: 'stream', 2: 'dgram', 3: 'raw', 4: 'rdm', 5: 'seqpacket', 10: 'packet' };

/** Socket state names by the TCP_* numbering (unix sockets and CRIU images use it too). */
export const SOCKET_STATE_NAMES: Readonly<Record<number, string>> = {
  1: 'established', 2: 'syn-sent', 3: 'syn-recv', 4: 'fin-wait1', 5: 'fin-wait2', 6: 'time-wait',
  7: 'close', 8: 'close-wait', 9: 'last-ack', 10: 'listen', 11: 'closing',
};

/** Address family names by AF_* number. */
export const SOCKET_FAMILY_NAMES: Readonly<Record<number, string>> = { 1: 'unix', 2: 'inet', 10: 'inet6', 16: 'netlink', 17: 'packet' };
