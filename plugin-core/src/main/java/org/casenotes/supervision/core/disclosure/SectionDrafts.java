package org.casenotes.supervision.core.disclosure;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.disclosure.SectionDraft;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.json.Json;
import org.casenotes.supervision.core.policy.PolicyService;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Unfinished self-disclosure sections: stored as typed, with the problems a save would
 * report, so that nothing a clinician typed is lost and the note still cannot be submitted
 * until the section is complete. Thread-safe.
 */
final class SectionDrafts {

    static final String DATA_CATEGORY = "disclosure-draft";
    static final int MAX_LIST = 200;

    private final Transactions transactions;
    private final Clock clock;
    private final PolicyService policies;
    private final AuditTrail audit;
    private final SectionEditGuard editGuard;
    private final SectionStore sections;
    private final DraftStore store = new DraftStore();

    SectionDrafts(Transactions transactions, Clock clock, PolicyService policies, AuditTrail audit,
            SectionEditGuard editGuard, SectionStore sections) {
        this.transactions = transactions;
        this.clock = clock;
        this.policies = policies;
        this.audit = audit;
        this.editGuard = editGuard;
        this.sections = sections;
    }

    SectionDraft save(Actor actor, SaveSection command) {
        requireOwn(actor, command.clinicianId());
        Object tree = Json.parse(command.sectionJson());
        if (!(tree instanceof java.util.Map<?, ?>)) {
            throw ValidationException.of("", "wrong-type", "must be a JSON object");
        }
        String org = actor.organisationId();
        return transactions.inTransaction("save a self-disclosure draft", tx -> {
            sections.findLocked(tx, org, command.noteId());
            boolean reviewLocked = editGuard.requireEditable(tx, org, command.noteId());
            Optional<SectionDraft> existing = store.find(tx, org, command.noteId());
            if (existing.isPresent() && !existing.get().clinicianId().equals(actor.userId())) {
                throw notOwn();
            }
            if (existing.map(SectionDraft::version).orElse(0L) != command.expectedVersion()) {
                throw conflict();
            }
            OrganisationPolicy policy = policies.policy(tx, org);
            String json = Json.write(tree);
            SectionDraft draft = new SectionDraft(command.noteId(), command.clientId(), command.clinicianId(),
                    command.sessionDate(), command.expectedVersion() + 1, json, problemsOf(tree, policy),
                    clock.instant());
            if (!store.put(tx, org, draft, command.expectedVersion())) {
                throw conflict();
            }
            audit.append(tx, new AuditEntry(clock.instant(), org, actor.userId(), command.clientId(),
                    existing.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, DATA_CATEGORY, "note",
                    command.noteId(), existing.map(d -> "version " + d.version()).orElse(null),
                    "version " + draft.version(), DisclosureService.sha256(json),
                    "problems " + draft.problems().size()));
            if (!reviewLocked) {
                // A draft locks no section row a submission would wait for: a submission that
                // committed meanwhile is visible now, after the append, and refuses the draft.
                editGuard.requireStillEditable(tx, org, command.noteId());
            }
            return draft;
        });
    }

    Optional<SectionDraft> load(Actor actor, String noteId) {
        String org = actor.organisationId();
        return transactions.inTransaction("read a self-disclosure draft", tx -> {
            Optional<SectionDraft> draft = store.find(tx, org, noteId);
            if (draft.isPresent()) {
                requireOwn(actor, draft.get().clinicianId());
                audit.append(tx, new AuditEntry(clock.instant(), org, actor.userId(), draft.get().clientId(),
                        AuditAction.READ, DATA_CATEGORY, "note", noteId, null, null,
                        DisclosureService.sha256(draft.get().draftJson()), null));
            }
            return draft;
        });
    }

    List<SectionDraft> list(Actor actor, int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw ValidationException.of("/limit", "out-of-range", "ask for 1 to " + MAX_LIST + " drafts");
        }
        return transactions.inTransaction("list self-disclosure drafts",
                tx -> store.byClinician(tx, actor.organisationId(), actor.userId(), limit));
    }

    /** The problems of a stored draft, for submission; empty when the note has no draft. */
    Optional<List<FieldProblem>> problems(Tx tx, String org, String noteId) throws SQLException {
        return store.find(tx, org, noteId).map(SectionDraft::problems);
    }

    /** Removes the draft once the section is saved complete. */
    void discard(Tx tx, String org, String noteId) throws SQLException {
        store.delete(tx, org, noteId);
    }

    private static List<FieldProblem> problemsOf(Object tree, OrganisationPolicy policy) {
        try {
            new SectionReader(Limits.of(policy)).read(tree);
            return List.of();
        } catch (ValidationException e) {
            return e.problems();
        }
    }

    private static void requireOwn(Actor actor, String clinicianId) {
        if (!actor.userId().equals(clinicianId) || !actor.has(Role.CLINICIAN)) {
            throw notOwn();
        }
    }

    private static ForbiddenException notOwn() {
        return new ForbiddenException("disclosure.not-own-note",
                "only the note's clinician may keep a draft of its self-disclosures");
    }

    private static ConflictException conflict() {
        return new ConflictException("disclosure.draft-version-conflict",
                "the draft was changed since it was read; reload it and try again");
    }
}
