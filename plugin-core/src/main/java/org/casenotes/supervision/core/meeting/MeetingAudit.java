package org.casenotes.supervision.core.meeting;

import java.sql.SQLException;
import java.time.Clock;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.storage.Tx;

/** Records the meeting feature's audit events, ids only, in the action's own transaction. */
final class MeetingAudit {

    static final String MEETING = "meeting";
    static final String HOURS = "supervision-hours";

    private final AuditTrail trail;
    private final Clock clock;

    MeetingAudit(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    void record(Tx tx, Actor actor, AuditAction action, String category, String targetType, String targetId,
            String before, String after, String detail) throws SQLException {
        trail.append(tx, new AuditEntry(clock.instant(), actor.organisationId(), actor.userId(), null, action,
                category, targetType, targetId, before, after, null, detail));
    }
}
