package org.casenotes.supervision.core.signature;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.signature.ProfessionalLicence;
import org.casenotes.supervision.api.signature.Signature;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Stores each electronic signature in the transaction of the act it signs, with the signer's
 * name, credentials and licence as the directory gives them at that moment (CMS Program
 * Integrity Manual 100-08 §3.3.2.4: a signature shows who signed, their credentials and the
 * date). A co-sign after its due date gets a late-signature attestation; its date is the day it
 * was made, never an earlier one. Thread-safe: holds no state of its own.
 */
public final class SignatureLedger {

    /** A note's review co-signed. */
    public static final String CO_SIGN = "co-sign";
    /** An addendum co-signed. */
    public static final String ADDENDUM_CO_SIGN = "addendum-co-sign";
    /** A meeting's case notes signed. */
    public static final String MEETING = "meeting";

    private static final String COLUMNS = "kind, target_id, signer_id, signer_name, credentials, licence_type,"
            + " licence_number, licence_jurisdiction, signed_at, signed_on, signature_line, attestation, late_attestation";

    private final SupervisionDirectory directory;
    private final ZoneId zone;

    /**
     * Creates the ledger.
     *
     * @param directory the host's directory, for names, credentials and licences
     * @param zone the time zone the signing day is taken in (the host clock's)
     */
    public SignatureLedger(SupervisionDirectory directory, ZoneId zone) {
        this.directory = directory;
        this.zone = zone;
    }

    /**
     * Records a signature in the caller's transaction.
     *
     * @param tx the transaction of the act signed
     * @param org the organisation
     * @param kind {@link #CO_SIGN}, {@link #ADDENDUM_CO_SIGN} or {@link #MEETING}
     * @param targetId the note, addendum or meeting
     * @param noteId the note concerned, or {@code null} for a meeting
     * @param signerId who signs
     * @param at when
     * @param attestation the statement attested
     * @param dueDate the day the signature was due, or {@code null} when it has no due date
     * @return the signature as stored
     * @throws SQLException on a database fault; the act rolls back with it
     */
    public Signature record(Tx tx, String org, String kind, String targetId, String noteId, String signerId,
            Instant at, String attestation, LocalDate dueDate) throws SQLException {
        Optional<Person> person = directory.person(org, signerId);
        String name = person.map(Person::displayName).orElse(signerId);
        String credentials = person.map(Person::credentials).orElse("").strip();
        ProfessionalLicence licence = directory.licence(org, signerId).orElse(null);
        LocalDate on = LocalDate.ofInstant(at, zone);
        boolean late = dueDate != null && on.isAfter(dueDate);
        Signature signature = new Signature(kind, targetId, signerId, name, credentials, licence, at, on,
                SignatureText.line(name, credentials, licence, on), attestation, late,
                late ? SignatureText.late(on, dueDate) : null);
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO sr_signature (org_id, note_id, "
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            insert.setString(i++, org);
            insert.setString(i++, noteId);
            insert.setString(i++, kind);
            insert.setString(i++, targetId);
            insert.setString(i++, signerId);
            insert.setString(i++, name);
            insert.setString(i++, credentials);
            insert.setString(i++, licence == null ? null : licence.type());
            insert.setString(i++, licence == null ? null : licence.number());
            insert.setString(i++, licence == null ? null : licence.jurisdiction());
            insert.setObject(i++, at.atOffset(ZoneOffset.UTC));
            insert.setObject(i++, on);
            insert.setString(i++, signature.signatureLine());
            insert.setString(i++, attestation);
            insert.setString(i, signature.lateAttestation());
            insert.executeUpdate();
        }
        return signature;
    }

    /**
     * Records a meeting's signature, attesting the case notes of the day it was held.
     *
     * @param tx the transaction of the signing
     * @param org the organisation
     * @param meetingId the meeting
     * @param signerId its supervisor
     * @param at when
     * @param startsAt when the meeting started
     * @return the signature as stored
     * @throws SQLException on a database fault
     */
    public Signature recordMeeting(Tx tx, String org, String meetingId, String signerId, Instant at, Instant startsAt)
            throws SQLException {
        return record(tx, org, MEETING, meetingId, null, signerId, at,
                SignatureText.meeting(LocalDate.ofInstant(startsAt, zone)), null);
    }

    /**
     * The co-signatures of a note and of its addenda, oldest first.
     *
     * @param tx the caller's transaction
     * @param org the organisation
     * @param noteId the note
     * @return the signatures
     * @throws SQLException on a database fault
     */
    public List<Signature> ofNote(Tx tx, String org, String noteId) throws SQLException {
        return select(tx, "SELECT " + COLUMNS + " FROM sr_signature WHERE org_id = ? AND note_id = ?"
                + " ORDER BY signed_at, target_id", org, noteId);
    }

    /**
     * A meeting's signature.
     *
     * @param tx the caller's transaction
     * @param org the organisation
     * @param meetingId the meeting
     * @return the signature, or empty when not signed
     * @throws SQLException on a database fault
     */
    public Optional<Signature> ofMeeting(Tx tx, String org, String meetingId) throws SQLException {
        return select(tx, "SELECT " + COLUMNS + " FROM sr_signature WHERE org_id = ? AND kind = '" + MEETING
                + "' AND target_id = ?", org, meetingId).stream().findFirst();
    }

    private static List<Signature> select(Tx tx, String sql, String org, String id) throws SQLException {
        List<Signature> out = new ArrayList<>();
        try (PreparedStatement select = tx.connection().prepareStatement(sql)) {
            select.setString(1, org);
            select.setString(2, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString("licence_type");
                    ProfessionalLicence licence = type == null ? null : new ProfessionalLicence(type,
                            rs.getString("licence_number"), rs.getString("licence_jurisdiction"));
                    String lateText = rs.getString("late_attestation");
                    out.add(new Signature(rs.getString("kind"), rs.getString("target_id"), rs.getString("signer_id"),
                            rs.getString("signer_name"), rs.getString("credentials"), licence,
                            rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("signed_on", LocalDate.class), rs.getString("signature_line"),
                            rs.getString("attestation"), lateText != null, lateText));
                }
            }
        }
        return out;
    }
}
