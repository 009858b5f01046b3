/**
 * Which addresses parlbot may fetch from. Feed items and /ingest URLs come from outside, so a
 * fetch must never reach the machine itself or its private network (a feed item redirecting to
 * http://127.0.0.1:8080/admin would otherwise be stored as an article and quoted to any user).
 * Address ranges are ipaddr.js's, a maintained table of IPv4 and IPv6 special ranges, rather than
 * hand-written prefixes; IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are judged as IPv4.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from "node:dns";
import ipaddr from "ipaddr.js";

/**
 * The setting that lets tests (and a deliberate operator) fetch from loopback and private hosts;
 * validated in src/config.ts, it reaches the fetches as `Config.fetchAllowPrivate`.
 */
const ALLOW_PRIVATE_VARIABLE = "FETCH_ALLOW_PRIVATE";

/**
 * Whether an IP address (v4 or v6 text) is a public unicast address. Loopback, private, link-local,
 * unique-local, unspecified, multicast, carrier-grade NAT and reserved ranges are not.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return false;
  // process() turns ::ffff:127.0.0.1 into 127.0.0.1, so a mapped form is judged by its IPv4 range.
  return ipaddr.process(bare).range() === "unicast";
}

/** The error a refused address raises; its message names the host and the address. */
export class PrivateAddressError extends Error {
  constructor(host: string, address: string) {
    super(
      `${host} resolves to ${address}, a private or local address: refused (set ${ALLOW_PRIVATE_VARIABLE}=1 to allow)`,
    );
    this.name = "PrivateAddressError";
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for node:http(s) requests that refuses a host name resolving to any non-public
 * address. It runs when the connection is made, on the very address connected to, so a name that
 * changes its answer between a check and the connection (DNS rebinding) cannot slip through.
 */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true } as LookupAllOptions, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused) return callback(new PrivateAddressError(hostname, refused.address), []);
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first)
      return callback(Object.assign(new Error(`${hostname}: no address`), { code: "ENOTFOUND" }), []);
    callback(null, first.address, first.family);
  });
}
