package org.casenotes.supervision.host.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reverse proxies (TLS terminators, load balancers) whose forwarding headers the host
 * believes, by their exact IP address as the server sees the connection. From anyone else
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are ignored, so a client cannot pick
 * its own address (to escape or to aim the sign-in throttle) or claim TLS it did not use.
 * Set with {@code serve --trusted-proxy ADDRESS} (repeatable); none by default. Immutable,
 * thread-safe.
 *
 * @param addresses the proxies' addresses, such as {@code 127.0.0.1} or {@code 10.0.0.5}
 */
public record TrustedProxies(Set<String> addresses) {

    /** Copies the set. */
    public TrustedProxies {
        addresses = Set.copyOf(addresses);
    }

    /**
     * No trusted proxy: the connection's own address and scheme count.
     *
     * @return the setting
     */
    public static TrustedProxies none() {
        return new TrustedProxies(Set.of());
    }

    /**
     * The client's address: the connection's peer, or, when the peer is a trusted proxy, the
     * nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy (the
     * rightmost entries are the ones trusted proxies appended; the leftmost the client wrote).
     *
     * @param ctx the request
     * @return the address, never {@code null}
     */
    public String clientAddress(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (!addresses.contains(peer) || forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        List<String> hops = List.of(forwarded.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (!hop.isEmpty() && !addresses.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /**
     * Whether the client's request came over TLS: the connection itself, or a trusted proxy
     * saying {@code X-Forwarded-Proto: https}.
     *
     * @param ctx the request
     * @return {@code true} over TLS
     */
    public boolean overTls(Context ctx) {
        if (ctx.req().isSecure()) {
            return true;
        }
        String proto = ctx.header("X-Forwarded-Proto");
        return addresses.contains(ctx.req().getRemoteAddr()) && proto != null
                && proto.strip().toLowerCase(Locale.ROOT).equals("https");
    }
}
