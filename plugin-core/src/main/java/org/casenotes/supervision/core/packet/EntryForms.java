package org.casenotes.supervision.core.packet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.casenotes.supervision.api.disclosure.DisclosureEntry;
import org.casenotes.supervision.api.disclosure.Intent;
import org.casenotes.supervision.api.disclosure.Risk;
import org.casenotes.supervision.api.disclosure.RiskAnswer;
import org.casenotes.supervision.core.disclosure.EntryLabels;

/**
 * Lays a stored disclosure entry out as the packet's labelled form, in form order, replacing
 * the free-text fields the policy marks as identifying when the packet is coded. One per
 * export; thread-safe once built.
 */
final class EntryForms {

    private final EntryLabels labels;
    private final PacketText text;
    private final Set<String> withheld;

    EntryForms(EntryLabels labels, PacketText text, Collection<String> withheld) {
        this.labels = labels;
        this.text = text;
        this.withheld = Set.copyOf(withheld);
    }

    org.casenotes.supervision.core.packet.DisclosureEntry form(DisclosureEntry entry) {
        List<Field> fields = new ArrayList<>();
        add(fields, "mode", labels.option(entry.mode()));
        add(fields, "involvement", labels.option(entry.involvement()));
        add(fields, "intimacy", labels.option(entry.intimacy()));
        add(fields, "verbal", text.yesNo(entry.verbal()));
        add(fields, "clientPrompted", text.yesNo(entry.clientPrompted()));
        add(fields, "intents", entry.intents().isEmpty() ? text.get("none")
                : entry.intents().stream().sorted().map(this::intent).collect(Collectors.joining(", ")));
        addText(fields, "otherIntentText", entry.otherIntentText());
        addText(fields, "rationale", entry.rationale());
        add(fields, "motiveCheck", labels.option(entry.motiveCheck()));
        add(fields, "focusReturned", text.yesNo(entry.focusReturned()));
        addText(fields, "clientResponse.text", entry.clientResponse().text());
        add(fields, "clientResponse.rating", labels.option(entry.clientResponse().rating()));
        addText(fields, "culturalConsiderations", entry.culturalConsiderations());
        add(fields, "discussInSupervision", text.yesNo(entry.discussInSupervision()));
        List<Field> risks = new ArrayList<>();
        for (Risk risk : Risk.values()) {
            risks.add(new Field(labels.option(risk), risk(entry.risk(risk))));
        }
        return new org.casenotes.supervision.core.packet.DisclosureEntry(labels.option(entry.type()),
                shown("summary", entry.summary()), fields, risks);
    }

    private String intent(Intent intent) {
        return labels.option(intent);
    }

    private String risk(RiskAnswer answer) {
        String level = labels.option(answer.level());
        return answer.noteText().map(note -> level + " \u2014 " + shown("riskScreen.note", note)).orElse(level);
    }

    private void add(List<Field> fields, String field, String value) {
        fields.add(new Field(labels.field(field), value));
    }

    private void addText(List<Field> fields, String field, String value) {
        if (value != null && !value.isBlank()) {
            add(fields, field, shown(field, value));
        }
    }

    private String shown(String field, String value) {
        return withheld.contains(field) ? text.get("withheld") : value;
    }
}
