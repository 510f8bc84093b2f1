package org.casenotes.supervision.host.web.meeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Vocabulary;
import org.casenotes.supervision.api.meeting.ActionItem;
import org.casenotes.supervision.api.meeting.AgendaItem;
import org.casenotes.supervision.api.meeting.Attendee;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingSummary;
import org.casenotes.supervision.api.meeting.MeetingView;
import org.casenotes.supervision.host.clinic.ClinicRecords;

/**
 * A meeting as the API answers it: the plugin's fields unchanged, with labels beside the codes
 * (format, modality, status, attendance, agenda kind and reason) and people by display name.
 */
final class MeetingLabels {

    private final ObjectMapper mapper;
    private final ClinicRecords records;

    MeetingLabels(ObjectMapper mapper, ClinicRecords records) {
        this.mapper = mapper;
        this.records = records;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> view(MeetingView view, Actor actor, Vocabulary vocabulary, Locale locale) {
        Map<String, Object> out = mapper.convertValue(view, LinkedHashMap.class);
        String org = actor.organisationId();
        String supervisorId = view instanceof Meeting m ? m.supervisorId() : ((MeetingSummary) view).supervisorId();
        List<Attendee> attendees = view instanceof Meeting m ? m.attendees() : ((MeetingSummary) view).attendees();
        List<ActionItem> actions = view instanceof Meeting m ? m.actionItems() : ((MeetingSummary) view).actionItems();
        out.put("supervisorName", records.displayName(org, supervisorId));
        out.put("formatLabel", vocabulary.label(view instanceof Meeting m ? m.format() : ((MeetingSummary) view).format(), locale));
        out.put("modalityLabel", vocabulary.label(view instanceof Meeting m ? m.modality() : ((MeetingSummary) view).modality(), locale));
        out.put("statusLabel", vocabulary.label(view instanceof Meeting m ? m.status() : ((MeetingSummary) view).status(), locale));
        List<Map<String, Object>> shownAttendees = (List<Map<String, Object>>) out.get("attendees");
        for (int i = 0; i < attendees.size(); i++) {
            shownAttendees.get(i).put("displayName", records.displayName(org, attendees.get(i).superviseeId()));
            shownAttendees.get(i).put("attendanceLabel", vocabulary.label(attendees.get(i).attendance(), locale));
        }
        List<Map<String, Object>> shownActions = (List<Map<String, Object>>) out.get("actionItems");
        for (int i = 0; i < actions.size(); i++) {
            shownActions.get(i).put("ownerName", records.displayName(org, actions.get(i).ownerId()));
        }
        if (view instanceof Meeting meeting) {
            List<Map<String, Object>> shownAgenda = (List<Map<String, Object>>) out.get("agenda");
            for (int i = 0; i < meeting.agenda().size(); i++) {
                AgendaItem item = meeting.agenda().get(i);
                shownAgenda.get(i).put("kindLabel", vocabulary.label(item.kind(), locale));
                shownAgenda.get(i).put("reasonLabels", item.reasons().stream().map(r -> vocabulary.label(r, locale)).toList());
                if (item.superviseeId() != null) {
                    shownAgenda.get(i).put("superviseeName", records.displayName(org, item.superviseeId()));
                }
            }
        }
        return out;
    }
}
