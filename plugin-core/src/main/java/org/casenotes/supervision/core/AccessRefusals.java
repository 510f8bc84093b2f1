package org.casenotes.supervision.core;

import static org.casenotes.supervision.api.audit.AuditAction.CREATE;
import static org.casenotes.supervision.api.audit.AuditAction.PRINT_EXPORT;
import static org.casenotes.supervision.api.audit.AuditAction.QUERY;
import static org.casenotes.supervision.api.audit.AuditAction.READ;
import static org.casenotes.supervision.api.audit.AuditAction.SIGN;
import static org.casenotes.supervision.api.audit.AuditAction.UPDATE;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.packet.PacketRequest;

/**
 * What every module operation that acts for a person records when it is refused (ASTM E2147 /
 * ONC 170.315(d)(2): a refused access is an event of its own). The module's gate ({@link
 * ModuleState#gate}) runs each such call under {@link org.casenotes.supervision.core.audit.Refusals#guard},
 * so a {@link org.casenotes.supervision.api.error.ForbiddenException} (no right) or, where it
 * means "not in your organisation", a {@link org.casenotes.supervision.api.error.NotFoundException}
 * writes one {@code REFUSED} event naming the attempted action and the reason code, whichever
 * service raised it. Operations without an acting person (schemas, vocabulary, rule packs, the
 * host's own {@code record}) cannot refuse an access and are listed as such; the one operation
 * that records its own refusal (a refused batch co-sign answers with its outcomes) is listed too.
 * {@code AccessRefusalsTest} requires every method of every gated interface to be in exactly one
 * of the lists.
 */
final class AccessRefusals {

    /**
     * How one operation's refusal is recorded.
     *
     * @param attempted the action the caller attempted
     * @param dataCategory the data category, as the granted access records it
     * @param targetType the kind of record
     * @param target the record's id from the call's arguments
     * @param notFoundIsRefusal whether "not found" is a refusal (another organisation's record) or
     *     an ordinary answer (a note without a section)
     */
    record Spec(AuditAction attempted, String dataCategory, String targetType, Function<Object[], String> target,
            boolean notFoundIsRefusal) {
    }

    /** Operations that act for a person, by {@code Interface.method}. */
    static final Map<String, Spec> GUARDED = Map.ofEntries(
            note("Reviews.review", READ),
            note("Reviews.history", READ),
            note("Reviews.requireEditable", UPDATE),
            note("Reviews.submit", UPDATE),
            note("Reviews.withdraw", UPDATE),
            note("Reviews.startReview", UPDATE),
            note("Reviews.comment", UPDATE),
            note("Reviews.requestChanges", UPDATE),
            note("Reviews.coSign", SIGN),
            note("Reviews.addAddendum", CREATE),
            note("Reviews.submitAddendum", UPDATE),
            note("Reviews.coSignAddendum", SIGN),
            note("Reviews.changedAfterCoSign", READ),
            Map.entry("Reviews.queue", new Spec(QUERY, "review", "review-list", AccessRefusals::actorId, true)),
            Map.entry("Reviews.returnedNotes", new Spec(QUERY, "review", "review-list", AccessRefusals::actorId, true)),
            Map.entry("Reviews.overdue", new Spec(QUERY, "review", "review-list", AccessRefusals::actorId, true)),
            Map.entry("Disclosures.save", new Spec(UPDATE, "disclosure-section", "note", AccessRefusals::saveNote, true)),
            Map.entry("Disclosures.load", new Spec(READ, "disclosure-section", "note", arg(1), false)),
            Map.entry("Disclosures.validate", new Spec(READ, "disclosure-section", "section", a -> "-", true)),
            Map.entry("Disclosures.formSchema", new Spec(READ, "disclosure-section", "form-schema", a -> "-", true)),
            Map.entry("Disclosures.saveDraft", new Spec(UPDATE, "disclosure-draft", "note", AccessRefusals::saveNote, true)),
            Map.entry("Disclosures.draft", new Spec(READ, "disclosure-draft", "note", arg(1), true)),
            Map.entry("Disclosures.drafts", new Spec(QUERY, "disclosure-draft", "draft-list", AccessRefusals::actorId,
                    true)),
            Map.entry("Meetings.plan", new Spec(CREATE, "meeting", "meeting", a -> "-", true)),
            meeting("Meetings.proposeAgenda", UPDATE),
            meeting("Meetings.addFreeTopic", UPDATE),
            meeting("Meetings.removeAgendaItem", UPDATE),
            meeting("Meetings.reorderAgenda", UPDATE),
            meeting("Meetings.recordAttendance", UPDATE),
            meeting("Meetings.markHeld", UPDATE),
            meeting("Meetings.writeCaseNotes", UPDATE),
            meeting("Meetings.addActionItem", UPDATE),
            meeting("Meetings.completeActionItem", UPDATE),
            Map.entry("Meetings.markOwnActionItemDone", new Spec(UPDATE, "meeting", "action-item", arg(1), true)),
            meeting("Meetings.sign", SIGN),
            meeting("Meetings.addAddendum", CREATE),
            meeting("Meetings.view", READ),
            Map.entry("Meetings.list", new Spec(QUERY, "meeting", "meeting-list", AccessRefusals::actorId, true)),
            Map.entry("Meetings.hours", new Spec(QUERY, "supervision-hours", "supervisee", arg(1), true)),
            Map.entry("Meetings.hoursCsv", new Spec(PRINT_EXPORT, "supervision-hours", "supervisee", arg(1), true)),
            Map.entry("Packets.export", new Spec(PRINT_EXPORT, "packet", "packet-period", AccessRefusals::period, true)),
            Map.entry("Policies.current", new Spec(READ, "policy", "policy", AccessRefusals::organisation, true)),
            Map.entry("Policies.currentJson", new Spec(READ, "policy", "policy", AccessRefusals::organisation, true)),
            Map.entry("Policies.update", new Spec(UPDATE, "policy", "policy", AccessRefusals::organisation, true)),
            Map.entry("AuditLog.report", new Spec(QUERY, "audit", "audit-report", AccessRefusals::organisation, true)),
            Map.entry("AuditLog.verify", new Spec(QUERY, "audit", "audit-chain", AccessRefusals::organisation, true)),
            Map.entry("AuditLog.checkpoint", new Spec(CREATE, "audit", "audit-checkpoint", AccessRefusals::organisation,
                    true)),
            Map.entry("FhirExports.review", new Spec(PRINT_EXPORT, "fhir", "fhir-review", arg(1), true)),
            Map.entry("FhirExports.period", new Spec(PRINT_EXPORT, "fhir", "fhir-period", AccessRefusals::period, true)),
            Map.entry("FhirExports.packet", new Spec(PRINT_EXPORT, "fhir", "fhir-packet", AccessRefusals::period, true)),
            Map.entry("Licensure.check", new Spec(QUERY, "supervision-hours", "supervisee", arg(1), true)),
            Map.entry("Licensure.boardCsv", new Spec(PRINT_EXPORT, "supervision-hours", "supervisee", arg(1), true)),
            Map.entry("Licensure.boardStatement", new Spec(PRINT_EXPORT, "supervision-hours", "supervisee", arg(1),
                    true)),
            Map.entry("Licensure.closeOut", new Spec(PRINT_EXPORT, "supervision-hours", "supervisee", arg(1), true)),
            Map.entry("ReviewSampling.selection", new Spec(READ, "review", "note", arg(1), true)),
            Map.entry("ReviewSampling.report", new Spec(QUERY, "review", "clinician", arg(1), true)),
            Map.entry("ReviewSampling.selections", new Spec(QUERY, "review", "review-list", AccessRefusals::actorId,
                    true)),
            Map.entry("Signatures.ofNote", new Spec(READ, "signature", "note", arg(1), true)),
            Map.entry("Signatures.ofMeeting", new Spec(READ, "signature", "meeting", arg(1), true)),
            Map.entry("Billing.readiness", new Spec(READ, "billing", "note", arg(1), true)));

    /**
     * Operations that cannot refuse a person's access (no acting person), or that record their own
     * refusal, each with the reason.
     */
    static final Map<String, String> NOT_GUARDED = Map.ofEntries(
            Map.entry("Reviews.batchCoSign", "records its own refusal: a refused batch writes one REFUSED event"
                    + " naming every reason and answers with the outcomes"),
            Map.entry("Reviews.checkOverdue", "the host's scheduler, not a person; writes one UPDATE per note made overdue"),
            Map.entry("AuditLog.record", "the host records an event it observed; nobody's access is checked"),
            Map.entry("Policies.validate", "checks a document; reads no organisation's data"),
            Map.entry("Policies.defaultsJson", "the shipped defaults; no organisation's data"),
            Map.entry("Policies.schema", "the policy's JSON schema; no data"),
            Map.entry("Vocabulary.locales", "labels only"),
            Map.entry("Vocabulary.labels", "labels only"),
            Map.entry("Vocabulary.label", "labels only"),
            Map.entry("Vocabulary.explain", "labels only"),
            Map.entry("FhirExports.questionnaire", "the form's FHIR Questionnaire; no data"),
            Map.entry("Licensure.rulePacks", "the shipped rule packs; no data"),
            Map.entry("Licensure.rulePackJson", "one shipped rule pack; no data"));

    private AccessRefusals() {
    }

    /**
     * How a gated call's refusal is recorded.
     *
     * @param type the gated interface
     * @param method the method called
     * @return the spec, or empty when the call cannot refuse a person's access
     */
    static Optional<Spec> of(Class<?> type, Method method) {
        String key = type.getSimpleName() + "." + method.getName();
        Spec spec = GUARDED.get(key);
        if (spec == null || method.getParameterCount() == 0 || method.getParameterTypes()[0] != Actor.class) {
            return Optional.empty();
        }
        return Optional.of(spec);
    }

    /**
     * The target of a refused call, cut to the audit column's 128 characters; {@code -} when the
     * argument is missing.
     *
     * @param spec the operation's spec
     * @param args the call's arguments
     * @return the target id
     */
    static String target(Spec spec, Object[] args) {
        try {
            String target = spec.target().apply(args);
            return target == null || target.isBlank() ? "-" : target;
        } catch (RuntimeException e) {
            return "-";
        }
    }

    private static Map.Entry<String, Spec> note(String key, AuditAction attempted) {
        return Map.entry(key, new Spec(attempted, "review", "note", arg(1), true));
    }

    private static Map.Entry<String, Spec> meeting(String key, AuditAction attempted) {
        return Map.entry(key, new Spec(attempted, "meeting", "meeting", arg(1), true));
    }

    private static Function<Object[], String> arg(int index) {
        return args -> args[index] == null ? null : String.valueOf(args[index]);
    }

    private static String actorId(Object[] args) {
        return ((Actor) args[0]).userId();
    }

    private static String organisation(Object[] args) {
        return ((Actor) args[0]).organisationId();
    }

    private static String period(Object[] args) {
        PacketRequest request = (PacketRequest) args[1];
        return request == null ? null : request.from() + ".." + request.to();
    }

    private static String saveNote(Object[] args) {
        var command = (org.casenotes.supervision.api.disclosure.SaveSection) args[1];
        return command == null ? null : command.noteId();
    }
}
