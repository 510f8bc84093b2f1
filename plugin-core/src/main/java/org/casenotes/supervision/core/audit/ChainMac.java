package org.casenotes.supervision.core.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The chain's MAC: HMAC-SHA256 under the host's key over a canonical serialisation of an
 * event's fields followed by the previous event's MAC.
 *
 * <p>The serialisation is unambiguous (every field length-prefixed, null distinct from empty)
 * so that no two different events serialise alike. The sequence number is not part of it:
 * an event's place is bound by the previous MAC it covers, and verification checks that the
 * numbers run without a gap. Two format labels keep the two kinds of chain apart: {@code
 * sr-audit-event-2} for organisation chains, {@code sr-audit-event-1} for the events of the
 * global chain written before schema version 7. Changing either format breaks every stored chain: known-answer tests pin both. Not
 * thread-safe (it holds a {@link Mac}); one per use.
 */
final class ChainMac {

    /** The previous MAC of the first event. */
    static final String GENESIS = "0".repeat(64);

    private static final String LEGACY_FORMAT = "sr-audit-event-1";
    private static final String FORMAT = "sr-audit-event-2";
    private static final HexFormat HEX = HexFormat.of();

    private final Mac mac;

    ChainMac(SecretKey key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit chain key is not usable for HmacSHA256", e);
        }
    }

    private ChainMac(Mac mac) {
        this.mac = mac;
    }

    /**
     * A new instance under the same key, copied from this one's keyed state instead of looking
     * up the provider and keying again. Safe to call from several threads at once on an
     * instance that is only ever copied, never used to compute: copying reads the keyed state
     * and changes nothing.
     *
     * @return an instance for one thread's use, or empty when the provider's HMAC cannot be
     *     copied (then key a new instance with {@link #ChainMac(SecretKey)})
     */
    java.util.Optional<ChainMac> copy() {
        try {
            return java.util.Optional.of(new ChainMac((Mac) mac.clone()));
        } catch (CloneNotSupportedException e) {
            return java.util.Optional.empty();
        }
    }

    String of(ChainRow row) {
        return HEX.formatHex(mac.doFinal(canonical(row)));
    }

    static byte[] canonical(ChainRow row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        if (row.legacy()) {
            field(out, LEGACY_FORMAT);
        } else {
            field(out, FORMAT);
        }
        field(out, row.at() == null ? null : row.at().toString());
        field(out, row.organisationId());
        field(out, row.actorId());
        field(out, row.clientId());
        field(out, row.action());
        field(out, row.dataCategory());
        field(out, row.targetType());
        field(out, row.targetId());
        field(out, row.beforeState());
        field(out, row.afterState());
        field(out, row.contentHash());
        field(out, row.detail());
        field(out, row.prevMac());
        return out.toByteArray();
    }

    /** Constant-time comparison of two hex MACs. */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A keyed fingerprint of the chain key bound to one database: what a module checks at
     * start to refuse another key without walking the chain.
     */
    String keyCheck(String databaseId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        field(out, "sr-audit-key-check-1");
        field(out, databaseId);
        return HEX.formatHex(mac.doFinal(out.toByteArray()));
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write(0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.write(1);
        out.write(bytes.length >>> 24);
        out.write(bytes.length >>> 16);
        out.write(bytes.length >>> 8);
        out.write(bytes.length);
        out.write(bytes, 0, bytes.length);
    }
}
