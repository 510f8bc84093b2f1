package org.casenotes.supervision.core.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.disclosure.DisclosureSection;
import org.casenotes.supervision.api.disclosure.Disclosures;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.disclosure.SavedSection;
import org.casenotes.supervision.api.disclosure.SectionDraft;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.json.Problems;
import org.casenotes.supervision.core.policy.PolicyService;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Stores and reads self-disclosure sections, computing their flags with the organisation's
 * current policy, and gives the review workflow its snapshots. Thread-safe.
 */
public final class DisclosureService implements Disclosures, SectionSnapshots {

    static final String DATA_CATEGORY = "disclosure-section";

    private final Transactions transactions;
    private final Clock clock;
    private final SupervisionDirectory directory;
    private final NoteLookup notes;
    private final PolicyService policies;
    private final AuditTrail audit;
    private final SectionStore store = new SectionStore();
    private final SectionDrafts drafts;

    /**
     * Creates the service.
     *
     * @param transactions the transaction runner over the host's database
     * @param clock the host's clock
     * @param directory who supervises whom, for read rights
     * @param notes the host's notes, to check a save against
     * @param policies the organisation's policy
     * @param audit where creates, updates and reads are recorded
     * @param editGuard refuses edits once the note is submitted or co-signed
     */
    private final SectionEditGuard editGuard;

    public DisclosureService(Transactions transactions, Clock clock, SupervisionDirectory directory,
            NoteLookup notes, PolicyService policies, AuditTrail audit, SectionEditGuard editGuard) {
        this.transactions = transactions;
        this.editGuard = editGuard;
        this.clock = clock;
        this.directory = directory;
        this.notes = notes;
        this.policies = policies;
        this.audit = audit;
        this.drafts = new SectionDrafts(transactions, clock, policies, audit, editGuard, store);
    }

    @Override
    public SavedSection save(Actor actor, SaveSection command) {
        if (!actor.userId().equals(command.clinicianId()) || !actor.has(Role.CLINICIAN)) {
            throw new ForbiddenException("disclosure.not-own-note", "only the note's clinician may document its self-disclosures");
        }
        String org = actor.organisationId();
        notes.note(org, command.noteId()).ifPresent(note -> checkAgainst(note, command));
        return transactions.inTransaction("save a self-disclosure section", tx -> {
            // The section row first, then the review: a submit holds the section row while it
            // snapshots, so a save that waited for it sees the note submitted and stops.
            Optional<StoredSection> existing = store.findLocked(tx, org, command.noteId());
            editGuard.requireEditable(tx, org, command.noteId());
            OrganisationPolicy policy = policies.policy(tx, org);
            DisclosureSection section = new SectionReader(Limits.of(policy)).read(command.sectionJson());
            checkVersion(existing, command, actor);
            List<Flag> flags = evaluate(tx, org, command.clientId(), command.clinicianId(), command.noteId(),
                    command.sessionDate(), section, policy);
            String json = SectionWriter.canonicalJson(section);
            StoredSection row = new StoredSection(command.noteId(), command.clientId(), command.clinicianId(),
                    command.sessionDate(), command.expectedVersion() + 1, json, FlagsJson.write(flags),
                    policy.version());
            boolean hasEntries = !section.entries().isEmpty();
            if (existing.isEmpty()) {
                store.insert(tx, org, row, hasEntries, clock.instant(), actor.userId());
            } else if (!store.update(tx, org, row, command.expectedVersion(), hasEntries, clock.instant(),
                    actor.userId())) {
                throw conflict();
            }
            drafts.discard(tx, org, command.noteId());
            audit.append(tx, new AuditEntry(clock.instant(), org, actor.userId(), command.clientId(),
                    existing.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, DATA_CATEGORY, "note",
                    command.noteId(), existing.map(s -> "version " + s.version()).orElse(null),
                    "version " + row.version(), sha256(json), "policy version " + policy.version()));
            // No second look at the review is needed: a submission refuses a note without a
            // stored section, and locks the stored section it snapshots, so a submission racing
            // a first save fails as undocumented, and one racing a later save waits for this
            // save's section lock and then snapshots what it saved.
            return saved(row, section, flags);
        });
    }

    @Override
    public SavedSection load(Actor actor, String noteId) {
        // A note without a section is an ordinary answer (hosts ask for every note they show);
        // a section the actor may not read is a refused access, recorded as such.
        try {
            return loadGranted(actor, noteId);
        } catch (org.casenotes.supervision.api.error.ForbiddenException e) {
            new org.casenotes.supervision.core.audit.Refusals(transactions, audit, clock)
                    .record(actor, AuditAction.READ, DATA_CATEGORY, "note", noteId, e);
            throw e;
        }
    }

    private SavedSection loadGranted(Actor actor, String noteId) {
        String org = actor.organisationId();
        return transactions.inTransaction("read a self-disclosure section", tx -> {
            StoredSection row = store.find(tx, org, noteId).orElseThrow(() -> new NotFoundException(
                    "disclosure.not-found", "this note has no self-disclosure section"));
            if (!mayRead(actor, row.clinicianId())) {
                throw new ForbiddenException("disclosure.not-readable",
                        "only the note's clinician and their current supervisor may read its self-disclosures");
            }
            audit.append(tx, new AuditEntry(clock.instant(), org, actor.userId(), row.clientId(), AuditAction.READ,
                    DATA_CATEGORY, "note", noteId, null, null, sha256(row.sectionJson()), null));
            return saved(row, SectionReaders.stored(row.sectionJson()), FlagsJson.read(row.flagsJson()));
        });
    }

    @Override
    public SectionDraft saveDraft(Actor actor, SaveSection command) {
        if (actor.userId().equals(command.clinicianId())) {
            notes.note(actor.organisationId(), command.noteId()).ifPresent(note -> checkAgainst(note, command));
        }
        return drafts.save(actor, command);
    }

    @Override
    public Optional<SectionDraft> draft(Actor actor, String noteId) {
        return drafts.load(actor, noteId);
    }

    @Override
    public List<SectionDraft> drafts(Actor actor, int limit) {
        return drafts.list(actor, limit);
    }

    @Override
    public Optional<List<FieldProblem>> draftProblems(Tx tx, String organisationId, String noteId)
            throws SQLException {
        return drafts.problems(tx, organisationId, noteId);
    }

    @Override
    public DisclosureSection validate(Actor actor, String sectionJson) {
        OrganisationPolicy policy = policies.current(actor);
        return new SectionReader(Limits.of(policy)).read(sectionJson);
    }

    @Override
    public String formSchema(Locale locale) {
        return FormSchema.document(Limits.BUILT_IN, locale);
    }

    @Override
    public String formSchema(Actor actor, Locale locale) {
        return FormSchema.document(Limits.of(policies.current(actor)), locale);
    }

    @Override
    public boolean lock(Tx tx, String organisationId, String noteId) throws SQLException {
        return store.findLocked(tx, organisationId, noteId).isPresent();
    }

    @Override
    public Optional<SectionSnapshot> snapshot(Tx tx, String organisationId, String noteId) throws SQLException {
        Optional<StoredSection> found = store.find(tx, organisationId, noteId);
        return found.isEmpty() ? Optional.empty() : Optional.of(snapshotOf(tx, organisationId, noteId, found.get()));
    }

    @Override
    public Locked lockAndSnapshot(Tx tx, String organisationId, String noteId) throws SQLException {
        Optional<StoredSection> locked = store.findLocked(tx, organisationId, noteId);
        return new Locked(locked.isPresent(), locked.isEmpty() ? Optional.empty()
                : Optional.of(snapshotOf(tx, organisationId, noteId, locked.get())));
    }

    private SectionSnapshot snapshotOf(Tx tx, String organisationId, String noteId, StoredSection row)
            throws SQLException {
        OrganisationPolicy policy = policies.policy(tx, organisationId);
        DisclosureSection section = SectionReaders.stored(row.sectionJson());
        List<Flag> flags = evaluate(tx, organisationId, row.clientId(), row.clinicianId(), noteId,
                row.sessionDate(), section, policy);
        return new SectionSnapshot(SectionWriter.canonicalJson(section), flags, policy.version(),
                section.discussInSupervision(), row.clientId(), row.sessionDate().toString());
    }

    private List<Flag> evaluate(Tx tx, String org, String clientId, String clinicianId, String noteId,
            LocalDate sessionDate, DisclosureSection section, OrganisationPolicy policy) throws SQLException {
        int disclosing = section.entries().isEmpty() ? 0 : 1 + store.disclosingSessionsBefore(tx, org, clientId,
                clinicianId, noteId, sessionDate, policy.patternWindow() - 1);
        return FlagRules.evaluate(section, policy, disclosing);
    }

    private static void checkVersion(Optional<StoredSection> existing, SaveSection command, Actor actor) {
        if (existing.isPresent() && !existing.get().clinicianId().equals(actor.userId())) {
            throw new ForbiddenException("disclosure.not-own-note", "only the note's clinician may document its self-disclosures");
        }
        long stored = existing.map(StoredSection::version).orElse(0L);
        if (stored != command.expectedVersion()) {
            throw conflict();
        }
    }

    /**
     * The host's note, when it already exists, is the authority on whose session it was: a save
     * that names another client, clinician or day would corrupt the pattern rule's history.
     */
    private static void checkAgainst(ProgressNote note, SaveSection command) {
        Problems problems = new Problems();
        if (!note.clientId().equals(command.clientId())) {
            problems.add("/clientId", "mismatch-with-note", "is not the client of the host's note");
        }
        if (!note.clinicianId().equals(command.clinicianId())) {
            problems.add("/clinicianId", "mismatch-with-note", "is not the clinician of the host's note");
        }
        if (!note.sessionDate().equals(command.sessionDate())) {
            problems.add("/sessionDate", "mismatch-with-note", "is not the session date of the host's note");
        }
        problems.throwIfAny();
    }

    private boolean mayRead(Actor actor, String clinicianId) {
        if (actor.userId().equals(clinicianId)) {
            return true;
        }
        LocalDate today = LocalDate.now(clock);
        return actor.has(Role.SUPERVISOR) && directory.assignmentsOf(actor.organisationId(), clinicianId).stream()
                .anyMatch(a -> a.supervisorId().equals(actor.userId()) && a.holdsOn(today));
    }

    private static ConflictException conflict() {
        return new ConflictException("the section was changed since it was read; reload it and try again");
    }

    private static SavedSection saved(StoredSection row, DisclosureSection section, List<Flag> flags) {
        return new SavedSection(row.noteId(), row.clientId(), row.clinicianId(), row.sessionDate(), row.version(),
                section, row.sectionJson(), flags, row.policyVersion());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
