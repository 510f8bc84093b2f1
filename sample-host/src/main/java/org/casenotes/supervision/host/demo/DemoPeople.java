package org.casenotes.supervision.host.demo;

import java.time.LocalDate;
import java.util.List;

/** Who is in the two demo practices: staff, assignments and clients (fictional people). */
final class DemoPeople {

    static final String ORG = "org-1";
    static final String ORG2 = "org-2";
    static final String PASSWORD = "demo";

    record Staff(String org, String id, String name, String credentials, String roles) {
    }

    record Assignment(String org, String supervisor, String clinician, String kind, int fromDays, Integer toDays) {
    }

    record Client(String org, String id, String given, String family, LocalDate born, String phone,
            String email, String clinician) {
    }

    static final List<Staff> STAFF = List.of(
            new Staff(ORG, "admin-1", "Alex Moreau", "Practice manager", "ADMIN"),
            new Staff(ORG, "supervisor-1", "Dr. Renée Okafor", "PhD, LPC-S", "SUPERVISOR"),
            new Staff(ORG, "supervisor-2", "Tomás Lindqvist", "LCSW", "SUPERVISOR,CLINICIAN"),
            new Staff(ORG, "clinician-1", "Jordan Ellis", "LPC-Associate", "CLINICIAN"),
            new Staff(ORG, "clinician-2", "Priya Raman", "MFT Trainee", "CLINICIAN"),
            new Staff(ORG, "supervisor-3", "Dr. Maya Chen", "PhD, LMFT, LPC-S", "SUPERVISOR"),
            new Staff(ORG, "associate-ca", "Diego Navarro", "AMFT", "CLINICIAN"),
            new Staff(ORG, "associate-tx", "Grace Whitfield", "LPC Associate", "CLINICIAN"),
            new Staff(ORG, "associate-fl", "Amara Okoye", "Registered MHC Intern", "CLINICIAN"),
            new Staff(ORG, "associate-ny", "Ethan Park", "LMHC limited permit", "CLINICIAN"),
            new Staff(ORG2, "org2-supervisor", "Dr. Hana Sato", "PsyD", "SUPERVISOR"),
            new Staff(ORG2, "org2-clinician", "Luca Bianchi", "Psychology Resident", "CLINICIAN"));

    /** Days relative to today; supervisor-2 stands in for supervisor-1 for three weeks. */
    static final List<Assignment> ASSIGNMENTS = List.of(
            new Assignment(ORG, "supervisor-1", "clinician-1", "PRIMARY", -365, null),
            new Assignment(ORG, "supervisor-1", "clinician-2", "PRIMARY", -365, null),
            new Assignment(ORG, "supervisor-2", "clinician-1", "BACKUP", -7, 14),
            new Assignment(ORG, "supervisor-2", "clinician-2", "BACKUP", -7, 14),
            new Assignment(ORG, "supervisor-3", "associate-ca", "PRIMARY", -365, null),
            new Assignment(ORG, "supervisor-3", "associate-tx", "PRIMARY", -365, null),
            new Assignment(ORG, "supervisor-3", "associate-fl", "PRIMARY", -365, null),
            new Assignment(ORG, "supervisor-3", "associate-ny", "PRIMARY", -365, null),
            new Assignment(ORG2, "org2-supervisor", "org2-clinician", "PRIMARY", -365, null));

    static final List<Client> CLIENTS = List.of(
            client(ORG, "client-01", "María José", "García-López", "1988-03-14", "clinician-1"),
            client(ORG, "client-02", "Zoë", "Dvořák", "1995-11-02", "clinician-1"),
            client(ORG, "client-03", "Αλέξανδρος", "Παπαδόπουλος", "1979-06-21", "clinician-1"),
            client(ORG, "client-04", "Наталья", "Смирнова", "1990-01-30", "clinician-1"),
            client(ORG, "client-05", "נועה", "כהן", "2001-08-09", "clinician-1"),
            client(ORG, "client-06", "Björn", "Ægisdóttir", "1985-12-12", "clinician-1"),
            client(ORG, "client-07", "Łukasz", "Wiśniewski", "1992-04-18", "clinician-2"),
            client(ORG, "client-08", "Élodie", "Beaumont", "1983-09-27", "clinician-2"),
            client(ORG, "client-09", "Ελένη", "Γεωργίου", "1998-02-05", "clinician-2"),
            client(ORG, "client-10", "Дмитрий", "Кузнецов", "1976-07-11", "clinician-2"),
            client(ORG, "client-11", "יונתן", "לוי", "1994-10-23", "clinician-2"),
            client(ORG, "client-12", "Çağla", "Öztürk", "1999-05-30", "clinician-2"),
            client(ORG2, "client-a", "Giulia", "Rossi", "1987-02-17", "org2-clinician"),
            client(ORG2, "client-b", "Mateus", "Gonçalves", "1991-06-03", "org2-clinician"),
            client(ORG2, "client-c", "Aoife", "Ní Bhriain", "1996-12-08", "org2-clinician"));

    private DemoPeople() {
    }

    private static Client client(String org, String id, String given, String family, String born, String clinician) {
        String handle = id.replace("client-", "");
        return new Client(org, id, given, family, LocalDate.parse(born), "+1 555 01" + handle,
                "client" + handle + "@example.org", clinician);
    }
}
