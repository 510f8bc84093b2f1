package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.HostAuditEntry;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.RecordingStatements;
import org.casenotes.supervision.core.testing.RecordingStatements.Executed;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The organisation's audit head is the last lock every transaction of the write path takes:
 * after the statement that locks it, a transaction only writes audit rows and reads. An action
 * that locked a note's row (or inserted a note's event) after the head could wait for an action
 * of another request holding that row and waiting for the head: a deadlock, which PostgreSQL
 * breaks by failing one of them, possibly a plain read queued for the head (the two-host soak
 * saw a batch co-sign, a single co-sign and a section read fail that way).
 */
class AuditHeadLastLockTest {

    @Test
    void afterLockingTheAuditHeadATransactionOnlyWritesAuditRowsAndReads() {
        RecordingStatements recording = new RecordingStatements(TestDatabases.h2());
        WritePathRound round = new WritePathRound(recording.dataSource());
        try (SupervisionModule module = new SupervisionModuleFactory().create(round.host())) {
            recording.startWithTransactionEnds();
            round.run(module);
            // Beyond the round: a draft of a note never submitted, a host's own event, and the
            // overdue check raising the notes still waiting (the clock is far past their due dates).
            String drafted = round.newNote();
            module.disclosures().saveDraft(WritePathRound.CLINICIAN, new SaveSection(drafted,
                    WritePathRound.clientOf(drafted), WritePathRound.CLINICIAN.userId(), WritePathRound.SESSION, 0,
                    "{\"noSelfDisclosure\": true}"));
            module.audit().record(new HostAuditEntry(WritePathRound.ORG, WritePathRound.CLINICIAN.userId(),
                    AuditAction.READ, "client", "client", "client-1", null));
            Review waiting = round.documentedAndSubmitted(module);
            assertThat(module.reviews().checkOverdue(WritePathRound.ORG, Instant.parse("2027-01-01T00:00:00Z"))
                    .overdue()).contains(waiting.noteId());
            List<Executed> executed = recording.stop();

            List<List<Executed>> transactions = transactions(executed);
            long appending = transactions.stream().filter(t -> headLockAt(t) >= 0).count();
            assertThat(appending).as("transactions that appended an audit event").isGreaterThan(30);
            Set<String> afterHead = new LinkedHashSet<>();
            for (List<Executed> transaction : transactions) {
                int head = headLockAt(transaction);
                for (int i = head + 1; head >= 0 && i < transaction.size(); i++) {
                    String sql = transaction.get(i).asQuery().sql();
                    if (!auditOnly(sql) && !plainRead(sql)) {
                        afterHead.add(oneLine(sql));
                    }
                }
            }
            assertThat(afterHead).as("row locks and writes after the audit head was locked").isEmpty();

            // Several notes in one transaction (a batch co-sign, asked in reverse order) are
            // written in note id order, so two batches over the same notes never wait in a circle.
            List<List<String>> multiNote = transactions.stream().map(AuditHeadLastLockTest::reviewsWritten)
                    .filter(notes -> notes.size() > 1).toList();
            assertThat(multiNote).as("transactions writing several reviews").hasSize(1);
            assertThat(multiNote.get(0)).hasSize(3).isSorted();

            // And each note's outbox events and comments before its review row, in every
            // transaction: a batch that claimed a row first and then wanted the note's next
            // outbox number would wait for a single co-sign holding that number and wanting the
            // row; a comment and a return for changes likewise on the note's next comment number.
            List<String> rowFirst = new ArrayList<>();
            int checked = 0;
            for (List<Executed> transaction : transactions) {
                for (String note : reviewsWritten(transaction)) {
                    int row = firstIndex(transaction, "UPDATE sr_review SET state = ?", -1, note);
                    for (String child : List.of("INSERT INTO sr_event_outbox", "INSERT INTO sr_review_comment")) {
                        int at = firstIndex(transaction, child, 2, note);
                        if (at >= 0) {
                            checked++;
                            if (row < at) {
                                rowFirst.add(note + ": " + child);
                            }
                        }
                    }
                }
            }
            assertThat(checked).as("notes whose row and event or comment one transaction wrote").isGreaterThan(5);
            assertThat(rowFirst).as("notes whose review row was written before their outbox event or comment")
                    .isEmpty();
        }
    }

    /** The first statement of the transaction with the prefix about the note; {@code noteParameter} -1 finds it in a WHERE. */
    private static int firstIndex(List<Executed> transaction, String prefix, int noteParameter, String note) {
        for (int i = 0; i < transaction.size(); i++) {
            Executed e = transaction.get(i);
            if (oneLine(e.sql()).startsWith(prefix) && note.equals(e.values().get(noteParameter < 0
                    ? noteParameter(e.sql()) : noteParameter).arguments()[1])) {
                return i;
            }
        }
        return -1;
    }

    /** The note ids of the review rows a transaction updates, in the order it updates them. */
    private static List<String> reviewsWritten(List<Executed> transaction) {
        return transaction.stream().filter(e -> oneLine(e.sql()).startsWith("UPDATE sr_review SET state = ?"))
                .map(e -> (String) e.values().get(noteParameter(e.sql())).arguments()[1]).toList();
    }

    /** The position of the parameter an update's {@code WHERE ... note_id = ?} binds. */
    private static int noteParameter(String sql) {
        int at = sql.indexOf("note_id = ?", sql.indexOf(" WHERE "));
        return (int) sql.substring(0, at + "note_id = ?".length()).chars().filter(c -> c == '?').count();
    }

    @Test
    void aWriteAfterTheHeadIsCaught() {
        List<List<Executed>> transactions = transactions(List.of(
                new Executed("SELECT last_seq, last_mac FROM sr_audit_chain WHERE org_id = ? FOR UPDATE", java.util.Map.of()),
                new Executed("INSERT INTO sr_audit_event (seq) VALUES (?)", java.util.Map.of()),
                new Executed("UPDATE sr_review SET state = ? WHERE org_id = ? AND note_id = ?", java.util.Map.of()),
                new Executed(RecordingStatements.COMMIT, java.util.Map.of())));
        List<Executed> only = transactions.get(0);
        assertThat(headLockAt(only)).isZero();
        assertThat(auditOnly(only.get(1).sql())).isTrue();
        assertThat(auditOnly(only.get(2).sql()) || plainRead(only.get(2).sql())).isFalse();
        assertThat(plainRead("SELECT state FROM OLD TABLE (UPDATE sr_review SET x = x WHERE org_id = ?)")).isFalse();
        assertThat(plainRead("SELECT state FROM sr_review WHERE org_id = ? FOR UPDATE")).isFalse();
        assertThat(plainRead("SELECT state FROM sr_review WHERE org_id = ?")).isTrue();
        // H2's form of the module's reads is judged as the query inside it.
        assertThat(auditOnly(Executed.query("CALL (SELECT ROW(last_seq, last_mac) FROM OLD TABLE"
                + " (UPDATE sr_audit_chain SET last_mac = last_mac WHERE org_id = ?))"))).isTrue();
        assertThat(plainRead(Executed.query("CALL (SELECT ROW(state, version) FROM sr_review WHERE org_id = ?)"))).isTrue();
        assertThat(plainRead(Executed.query("CALL (SELECT ROW(state) FROM OLD TABLE (UPDATE sr_review SET x = x"
                + " WHERE org_id = ?))"))).isFalse();
    }

    private static List<List<Executed>> transactions(List<Executed> executed) {
        List<List<Executed>> transactions = new ArrayList<>();
        List<Executed> current = new ArrayList<>();
        for (Executed statement : executed) {
            if (statement.sql().equals(RecordingStatements.COMMIT) || statement.sql().equals(RecordingStatements.ROLLBACK)) {
                transactions.add(current);
                current = new ArrayList<>();
            } else {
                current.add(statement);
            }
        }
        transactions.add(current);
        return transactions;
    }

    /** Where the transaction locks (or creates) its organisation's audit head, or -1. */
    private static int headLockAt(List<Executed> transaction) {
        for (int i = 0; i < transaction.size(); i++) {
            if (transaction.get(i).sql().contains("sr_audit_chain")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean auditOnly(String sql) {
        String text = oneLine(sql);
        return text.matches("(?i)(INSERT INTO|UPDATE) sr_audit_(event|chain)\\b.*")
                || text.matches("(?i)SELECT .* FROM OLD TABLE \\(UPDATE sr_audit_chain\\b.*");
    }

    private static boolean plainRead(String sql) {
        String text = oneLine(sql).toUpperCase(Locale.ROOT);
        return text.startsWith("SELECT ") && !text.contains(" OLD TABLE") && !text.contains(" NEW TABLE")
                && !text.contains(" FINAL TABLE") && !text.contains("FOR UPDATE") && !text.contains("FOR SHARE");
    }

    private static String oneLine(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }
}
