package org.casenotes.supervision.core.disclosure;

import org.casenotes.supervision.api.disclosure.DisclosureMode;
import org.casenotes.supervision.api.disclosure.DisclosureType;
import org.casenotes.supervision.api.disclosure.Intimacy;
import org.casenotes.supervision.api.disclosure.Involvement;
import org.casenotes.supervision.api.disclosure.MotiveCheck;

/**
 * The fields of one disclosure entry: the one source the wire format, the validation and the
 * published form schema are all built from. The declaration order is the wire order and the
 * form's order.
 */
enum EntryField {
    TYPE("type", FormGroup.WHAT, Kind.CHOICE, DisclosureType.class, 0),
    INVOLVEMENT("involvement", FormGroup.WHAT, Kind.CHOICE, Involvement.class, 0),
    INTIMACY("intimacy", FormGroup.WHAT, Kind.CHOICE, Intimacy.class, 0),
    VERBAL("verbal", FormGroup.WHAT, Kind.YES_NO, null, 0),
    SUMMARY("summary", FormGroup.WHAT, Kind.REQUIRED_TEXT, null, Limits.SUMMARY_HARD_MAX),
    MODE("mode", FormGroup.HOW, Kind.CHOICE, DisclosureMode.class, 0),
    CLIENT_PROMPTED("clientPrompted", FormGroup.HOW, Kind.YES_NO, null, 0),
    INTENTS("intents", FormGroup.WHY, Kind.INTENTS, null, 0),
    OTHER_INTENT_TEXT("otherIntentText", FormGroup.WHY, Kind.OPTIONAL_TEXT, null, Limits.OTHER_INTENT_MAX),
    RATIONALE("rationale", FormGroup.WHY, Kind.OPTIONAL_TEXT, null, Limits.RATIONALE_MAX),
    MOTIVE_CHECK("motiveCheck", FormGroup.WHY, Kind.CHOICE, MotiveCheck.class, 0),
    RISK_SCREEN("riskScreen", FormGroup.RISKS, Kind.RISK_SCREEN, null, 0),
    FOCUS_RETURNED("focusReturned", FormGroup.AFTER, Kind.YES_NO, null, 0),
    CLIENT_RESPONSE("clientResponse", FormGroup.AFTER, Kind.CLIENT_RESPONSE, null, 0),
    CULTURAL_CONSIDERATIONS("culturalConsiderations", FormGroup.CONTEXT, Kind.OPTIONAL_TEXT, null,
            Limits.CULTURAL_MAX),
    DISCUSS_IN_SUPERVISION("discussInSupervision", FormGroup.CONTEXT, Kind.YES_NO, null, 0);

    /** What kind of input a field is. */
    enum Kind {
        CHOICE,
        YES_NO,
        REQUIRED_TEXT,
        OPTIONAL_TEXT,
        INTENTS,
        RISK_SCREEN,
        CLIENT_RESPONSE
    }

    private final String wireName;
    private final FormGroup group;
    private final Kind kind;
    private final Class<? extends Enum<?>> choices;
    private final int maxLength;

    EntryField(String wireName, FormGroup group, Kind kind, Class<? extends Enum<?>> choices, int maxLength) {
        this.wireName = wireName;
        this.group = group;
        this.kind = kind;
        this.choices = choices;
        this.maxLength = maxLength;
    }

    String wireName() {
        return wireName;
    }

    FormGroup group() {
        return group;
    }

    Kind kind() {
        return kind;
    }

    Class<? extends Enum<?>> choices() {
        return choices;
    }

    /** The fixed longest length of a text field; the summary's comes from policy up to this. */
    int maxLength() {
        return maxLength;
    }

    /** Every field is required except the optional texts, whose rules depend on other fields. */
    boolean required() {
        return kind != Kind.OPTIONAL_TEXT;
    }
}
