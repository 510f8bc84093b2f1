package org.casenotes.supervision.core.licensure;

import java.util.List;
import java.util.Optional;

/**
 * A session as a pack counts it: its class, the minutes credited, and the session rule that
 * kept it from counting, if one did.
 *
 * @param session the meeting
 * @param supervisionClass the class its headcount fits, or {@code null} when none
 * @param creditedMinutes the minutes credited, after the pack's credit step; 0 when excluded
 * @param droppedMinutes the minutes the credit step did not credit
 * @param excludedBy the id of the session rule that excludes it, or {@code null} when it counts
 */
record CountedSession(Session session, SupervisionClass supervisionClass, int creditedMinutes, int droppedMinutes,
        String excludedBy) {

    boolean counts() {
        return supervisionClass != null && excludedBy == null;
    }

    /** Judges each session by the pack's session rules, in the pack's order; the first that refuses it wins. */
    static List<CountedSession> judge(RulePack pack, List<Session> sessions) {
        return sessions.stream().map(s -> judge(pack, s)).toList();
    }

    private static CountedSession judge(RulePack pack, Session session) {
        Optional<SupervisionClass> found = pack.classOf(session.present());
        SupervisionClass c = found.orElse(null);
        String excludedBy = null;
        int credited = session.minutes();
        int dropped = 0;
        for (PackRule rule : pack.rules()) {
            boolean applies = c != null && (rule.classes().isEmpty() || rule.classes().contains(c.id()));
            boolean refuses = switch (rule.kind()) {
                case SESSION_SIZE -> c == null;
                case SESSION_MIN_MINUTES -> applies && session.minutes() < rule.minutes();
                case SESSION_MODALITIES -> applies && !rule.modalities().contains(session.modality());
                default -> false;
            };
            if (rule.kind() == RuleKind.SESSION_CREDIT_STEP) {
                dropped = credited % rule.minutes();
                credited -= dropped;
            }
            if (refuses && excludedBy == null) {
                excludedBy = rule.id();
            }
        }
        boolean counts = c != null && excludedBy == null;
        return new CountedSession(session, c, counts ? credited : 0, counts ? dropped : 0, excludedBy);
    }
}
