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
 * numbers run without a gap. Not thread-safe (it holds a {@link Mac}); one per use.
 */
final class ChainMac {

    /** The previous MAC of the first event. */
    static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "sr-audit-event-1";
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

    String of(ChainRow row) {
        return HEX.formatHex(mac.doFinal(canonical(row)));
    }

    static byte[] canonical(ChainRow row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, FORMAT);
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
