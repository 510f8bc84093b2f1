package org.casenotes.supervision.core.licensure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.meeting.Modality;

/**
 * A period's totals over the sessions that count: minutes by class and modality, units, and
 * the host's direct client hours. Hours are shown to two decimals, shares in percent to one.
 */
final class Figures {

    /** The figure names every pack has (each class adds {@code <class>Hours} and {@code <class>Share}). */
    static final List<String> NAMES = List.of("sessions", "supervisionHours", "creditedHours", "units",
            "inPersonHours", "videoHours", "phoneHours", "videoShare", "directClientHours");

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    final long minutes;
    final BigDecimal units;
    final Map<String, Long> classMinutes = new LinkedHashMap<>();
    final Map<Modality, Long> modalityMinutes = new LinkedHashMap<>();
    final BigDecimal directHours;
    final int sessions;

    Figures(RulePack pack, List<CountedSession> counted, BigDecimal directHours) {
        pack.classes().forEach(c -> classMinutes.put(c.id(), 0L));
        for (Modality m : Modality.values()) {
            modalityMinutes.put(m, 0L);
        }
        long total = 0;
        BigDecimal u = BigDecimal.ZERO;
        int n = 0;
        for (CountedSession s : counted) {
            if (!s.counts()) {
                continue;
            }
            n++;
            total += s.creditedMinutes();
            classMinutes.merge(s.supervisionClass().id(), (long) s.creditedMinutes(), Long::sum);
            modalityMinutes.merge(s.session().modality(), (long) s.creditedMinutes(), Long::sum);
            u = u.add(BigDecimal.valueOf(s.creditedMinutes())
                    .divide(BigDecimal.valueOf(s.supervisionClass().minutesPerUnit()), 6, RoundingMode.HALF_UP));
        }
        this.minutes = total;
        this.units = u;
        this.sessions = n;
        this.directHours = directHours;
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static long minutesOf(BigDecimal hours) {
        return hours.multiply(SIXTY).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** The figures by name, in a fixed order, for the period and the board summary. */
    Map<String, BigDecimal> named(BigDecimal creditedHours) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        out.put("sessions", BigDecimal.valueOf(sessions));
        classMinutes.forEach((c, m) -> out.put(c + "Hours", hours(m)));
        out.put("supervisionHours", hours(minutes));
        out.put("creditedHours", creditedHours);
        out.put("units", units.setScale(2, RoundingMode.HALF_UP));
        out.put("inPersonHours", hours(modalityMinutes.get(Modality.IN_PERSON)));
        out.put("videoHours", hours(modalityMinutes.get(Modality.VIDEO)));
        out.put("phoneHours", hours(modalityMinutes.get(Modality.PHONE)));
        classMinutes.forEach((c, m) -> out.put(c + "Share", percent(m, minutes)));
        out.put("videoShare", percent(modalityMinutes.get(Modality.VIDEO), minutes));
        if (directHours != null) {
            out.put("directClientHours", directHours.setScale(2, RoundingMode.HALF_UP));
        }
        return out;
    }
}
