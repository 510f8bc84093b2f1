package org.casenotes.supervision.core.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;

/**
 * The Merkle root over chain heads that an anchor signs, after RFC 6962 (Certificate
 * Transparency) section 2.1: SHA-256, leaves hashed with a {@code 0x00} prefix and inner nodes
 * with {@code 0x01}, the tree split at the largest power of two below the leaf count. Leaves
 * are the heads in organisation-id order; a leaf is the organisation id (length-prefixed UTF-8),
 * the last sequence number (8 bytes, big-endian) and the last MAC (ASCII hex). The empty tree's
 * root is SHA-256 of nothing. Written by hand: the JDK has no Merkle tree and the format must be
 * pinned byte for byte (a known-answer test does).
 */
final class MerkleRoot {

    private static final HexFormat HEX = HexFormat.of();

    private MerkleRoot() {
    }

    /**
     * The root over the heads, keyed and ordered by organisation id.
     *
     * @param heads the heads; the old global chain's under the empty id
     * @return the root, lower-case hex
     */
    static String of(SortedMap<String, ChainHead> heads) {
        List<byte[]> leaves = new ArrayList<>(heads.size());
        heads.forEach((organisation, head) -> leaves.add(leaf(organisation, head)));
        return HEX.formatHex(root(leaves, 0, leaves.size()));
    }

    static byte[] leafInput(String organisation, ChainHead head) {
        byte[] id = organisation.getBytes(StandardCharsets.UTF_8);
        byte[] mac = head.lastMac().getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(1 + 4 + id.length + 8 + mac.length)
                .put((byte) 0).putInt(id.length).put(id).putLong(head.lastSeq()).put(mac).array();
    }

    private static byte[] leaf(String organisation, ChainHead head) {
        return sha256().digest(leafInput(organisation, head));
    }

    private static byte[] root(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return sha256().digest();
        }
        if (n == 1) {
            return leaves.get(from);
        }
        int split = Integer.highestOneBit(n - 1);
        MessageDigest node = sha256();
        node.update((byte) 1);
        node.update(root(leaves, from, from + split));
        node.update(root(leaves, from + split, to));
        return node.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
