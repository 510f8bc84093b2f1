package org.casenotes.supervision.core.fhir;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.casenotes.supervision.api.disclosure.DisclosureEntry;
import org.casenotes.supervision.api.disclosure.DisclosureSection;
import org.casenotes.supervision.api.disclosure.Intent;
import org.casenotes.supervision.api.disclosure.Risk;
import org.casenotes.supervision.api.disclosure.RiskAnswer;
import org.casenotes.supervision.core.disclosure.FormQuestions;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * A note's self-disclosure section as a QuestionnaireResponse to the published form: the
 * clinician's structured account of what they disclosed in a session, item for item. Free
 * texts the policy marks as identifying are left out in the CODED mode, as in a packet.
 */
final class DisclosureAnswers {

    private final QuestionnaireForm form;
    private final Set<String> withheld;

    DisclosureAnswers(Collection<String> withheld) {
        // Option displays are the form's English labels; the Questionnaire carries each language.
        this.form = new QuestionnaireForm(Locale.ENGLISH);
        this.withheld = Set.copyOf(withheld);
    }

    BundleEntry answers(NoteReview note, DisclosureSection section, Reference client, Reference clinician) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setIdentifier(FhirNames.identifier(FhirNames.DISCLOSURE, note.noteId()));
        response.setQuestionnaire(FhirNames.QUESTIONNAIRE + "|" + QuestionnaireForm.VERSION);
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(client);
        response.setAuthor(clinician);
        response.setAuthoredElement(new DateTimeType(note.sessionDate().toString()));
        boolean none = section instanceof DisclosureSection.NoDisclosure;
        response.addItem().setLinkId(QuestionnaireForm.NO_DISCLOSURE).addAnswer().setValue(new BooleanType(none));
        for (DisclosureEntry entry : section.entries()) {
            QuestionnaireResponseItemComponent item = response.addItem().setLinkId(QuestionnaireForm.ENTRIES);
            for (String group : FormQuestions.groups()) {
                QuestionnaireResponseItemComponent part = item.addItem().setLinkId(QuestionnaireForm.ENTRIES + "." + group);
                FormQuestions.entry().stream().filter(q -> q.group().equals(group)).forEach(q -> answer(part, q, entry));
            }
        }
        return new BundleEntry(FhirNames.fullUrl(note.organisationId(), "disclosure", note.noteId()), response,
                response.getIdentifier());
    }

    private void answer(QuestionnaireResponseItemComponent group, FormQuestions.Question question,
            DisclosureEntry entry) {
        String path = question.path();
        switch (path) {
            case "type" -> choice(group, path, entry.type());
            case "involvement" -> choice(group, path, entry.involvement());
            case "intimacy" -> choice(group, path, entry.intimacy());
            case "verbal" -> value(group, path, new BooleanType(entry.verbal()));
            case "summary" -> text(group, path, entry.summary());
            case "mode" -> choice(group, path, entry.mode());
            case "clientPrompted" -> value(group, path, new BooleanType(entry.clientPrompted()));
            case "intents" -> {
                if (!entry.intents().isEmpty()) {
                    QuestionnaireResponseItemComponent item = group.addItem().setLinkId(path);
                    entry.intents().stream().sorted().forEach((Intent i) -> item.addAnswer().setValue(form.option(i)));
                }
            }
            case "otherIntentText" -> text(group, path, entry.otherIntentText());
            case "rationale" -> text(group, path, entry.rationale());
            case "motiveCheck" -> choice(group, path, entry.motiveCheck());
            case "riskScreen" -> risks(group, path, entry);
            case "focusReturned" -> value(group, path, new BooleanType(entry.focusReturned()));
            case "clientResponse" -> {
                QuestionnaireResponseItemComponent item = group.addItem().setLinkId(path);
                text(item, path + ".text", entry.clientResponse().text());
                choice(item, path + ".rating", entry.clientResponse().rating());
            }
            case "culturalConsiderations" -> text(group, path, entry.culturalConsiderations());
            case "discussInSupervision" -> value(group, path, new BooleanType(entry.discussInSupervision()));
            default -> throw new IllegalStateException("the form has a field the export does not know: " + path);
        }
    }

    private void risks(QuestionnaireResponseItemComponent group, String path, DisclosureEntry entry) {
        QuestionnaireResponseItemComponent screen = group.addItem().setLinkId(path);
        for (Risk risk : Risk.values()) {
            RiskAnswer answer = entry.risk(risk);
            QuestionnaireResponseItemComponent one = screen.addItem().setLinkId(path + "." + risk.name());
            choice(one, path + "." + risk.name() + ".level", answer.level());
            if (!withheld.contains("riskScreen.note")) {
                answer.noteText().ifPresent(note -> value(one, path + "." + risk.name() + ".note", new StringType(note)));
            }
        }
    }

    private void choice(QuestionnaireResponseItemComponent group, String path, Enum<?> option) {
        if (option != null) {
            value(group, path, form.option(option));
        }
    }

    private void text(QuestionnaireResponseItemComponent group, String path, String text) {
        if (text != null && !text.isBlank() && !withheld.contains(path)) {
            value(group, path, new StringType(text));
        }
    }

    private static void value(QuestionnaireResponseItemComponent group, String path, Type value) {
        group.addItem().setLinkId(path).addAnswer().setValue(value);
    }
}
