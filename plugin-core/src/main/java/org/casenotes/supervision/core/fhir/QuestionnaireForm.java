package org.casenotes.supervision.core.fhir;

import java.util.List;
import java.util.Locale;
import org.casenotes.supervision.api.disclosure.DisclosureMode;
import org.casenotes.supervision.api.disclosure.Intent;
import org.casenotes.supervision.api.disclosure.ResponseRating;
import org.casenotes.supervision.api.disclosure.Risk;
import org.casenotes.supervision.api.disclosure.RiskLevel;
import org.casenotes.supervision.core.disclosure.EntryLabels;
import org.casenotes.supervision.core.disclosure.FormQuestions;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * The self-disclosure form as a Questionnaire, from the entry's field list (the source of the
 * JSON Schema) and the form's labels in one language. Link ids are the fields' wire paths, so
 * an answer maps back to the JSON document field by field.
 */
final class QuestionnaireForm {

    static final String VERSION = "1";
    static final String NO_DISCLOSURE = "noSelfDisclosure";
    static final String ENTRIES = "entries";

    private final EntryLabels labels;

    QuestionnaireForm(Locale locale) {
        this.labels = EntryLabels.of(locale);
    }

    Questionnaire questionnaire() {
        Questionnaire form = new Questionnaire();
        form.setUrl(FhirNames.QUESTIONNAIRE).setVersion(VERSION).setName("SelfDisclosureSection")
                .setTitle(labels.formField(ENTRIES)).setStatus(Enumerations.PublicationStatus.ACTIVE);
        form.setLanguage(labels.language());
        form.addSubjectType("Patient");
        form.addItem().setLinkId(NO_DISCLOSURE).setText(labels.formField(NO_DISCLOSURE))
                .setType(QuestionnaireItemType.BOOLEAN).setRequired(true);
        QuestionnaireItemComponent entries = form.addItem().setLinkId(ENTRIES).setText(labels.formField(ENTRIES))
                .setType(QuestionnaireItemType.GROUP).setRepeats(true);
        entries.addEnableWhen().setQuestion(NO_DISCLOSURE)
                .setOperator(Questionnaire.QuestionnaireItemOperator.EQUAL).setAnswer(new BooleanType(false));
        List<FormQuestions.Question> questions = FormQuestions.entry();
        for (String group : FormQuestions.groups()) {
            QuestionnaireItemComponent part = entries.addItem().setLinkId(ENTRIES + "." + group)
                    .setText(labels.group(group)).setType(QuestionnaireItemType.GROUP);
            questions.stream().filter(q -> q.group().equals(group)).forEach(q -> question(part, q));
        }
        return form;
    }

    private void question(QuestionnaireItemComponent group, FormQuestions.Question question) {
        String path = question.path();
        QuestionnaireItemComponent item = group.addItem().setLinkId(path).setText(labels.field(path));
        switch (question.answer()) {
            case CHOICE, CHOICES -> {
                item.setType(QuestionnaireItemType.CHOICE).setRepeats(question.answer() == FormQuestions.Answer.CHOICES);
                question.options().forEach(option -> item.addAnswerOption().setValue(option(option)));
            }
            case YES_NO -> item.setType(QuestionnaireItemType.BOOLEAN);
            case TEXT -> {
                item.setType(QuestionnaireItemType.TEXT);
                if (question.maxLength() > 0) {
                    item.setMaxLength(question.maxLength());
                }
            }
            case RISK_SCREEN -> risks(item);
            case CLIENT_RESPONSE -> {
                item.setType(QuestionnaireItemType.GROUP);
                item.addItem().setLinkId(path + ".text").setText(labels.field(path + ".text"))
                        .setType(QuestionnaireItemType.TEXT);
                QuestionnaireItemComponent rating = item.addItem().setLinkId(path + ".rating")
                        .setText(labels.field(path + ".rating")).setType(QuestionnaireItemType.CHOICE).setRequired(true);
                for (ResponseRating value : ResponseRating.values()) {
                    rating.addAnswerOption().setValue(option(value));
                }
            }
        }
        item.setRequired(question.required() && item.getType() != QuestionnaireItemType.GROUP);
        if (path.equals("rationale")) {
            item.addEnableWhen().setQuestion("mode").setOperator(Questionnaire.QuestionnaireItemOperator.EQUAL)
                    .setAnswer(option(DisclosureMode.DELIBERATE));
        } else if (path.equals("otherIntentText")) {
            item.addEnableWhen().setQuestion("intents").setOperator(Questionnaire.QuestionnaireItemOperator.EQUAL)
                    .setAnswer(option(Intent.OTHER));
        }
    }

    private void risks(QuestionnaireItemComponent item) {
        item.setType(QuestionnaireItemType.GROUP);
        for (Risk risk : Risk.values()) {
            String path = item.getLinkId() + "." + risk.name();
            QuestionnaireItemComponent one = item.addItem().setLinkId(path).setText(labels.option(risk))
                    .setType(QuestionnaireItemType.GROUP);
            QuestionnaireItemComponent level = one.addItem().setLinkId(path + ".level").setText(labels.option(risk))
                    .setType(QuestionnaireItemType.CHOICE).setRequired(true);
            for (RiskLevel value : RiskLevel.values()) {
                level.addAnswerOption().setValue(option(value));
            }
            one.addItem().setLinkId(path + ".note").setText(labels.field("riskScreen.note"))
                    .setType(QuestionnaireItemType.TEXT);
        }
    }

    Coding option(Enum<?> value) {
        return new Coding(FhirNames.FORM_OPTION + value.getDeclaringClass().getSimpleName(), value.name(),
                labels.option(value));
    }
}
