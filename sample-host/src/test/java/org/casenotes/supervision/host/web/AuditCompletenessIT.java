package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.Vocabulary;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.AuditLog;
import org.casenotes.supervision.api.audit.AuditQuery;
import org.casenotes.supervision.api.audit.HostAuditEntry;
import org.casenotes.supervision.api.billing.Billing;
import org.casenotes.supervision.api.disclosure.Disclosures;
import org.casenotes.supervision.api.fhir.FhirBundleType;
import org.casenotes.supervision.api.fhir.FhirExports;
import org.casenotes.supervision.api.licensure.Licensure;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.packet.Packets;
import org.casenotes.supervision.api.policy.Policies;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.api.signature.Signatures;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.casenotes.supervision.host.testing.RunningHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated from the tables "Audit events by operation" in docs/RELIABILITY.md (ASTM E2147 /
 * ONC 170.315(d)(2)). Every row of the route table is sent to the running host (real plugin zip,
 * H2, demo practices) as its user, after the fixtures its placeholders name were made; the audit
 * events the request wrote must be exactly the row's events: action, for a refusal the attempted
 * action and reason code, data category, target type, target id, actor and organisation. Every
 * row of the module table that is not reached through a route is called on the running host's
 * module and checked the same way. The test fails when a route of the served OpenAPI document or
 * an operation of the module's interfaces has no row.
 *
 * <p>Events are written {@code [+|*]ACTION[(ATTEMPTED,reason)] category target-type target [by user@org]}:
 * without a prefix exactly one such event, {@code +} one or more, {@code *} any number; a target
 * {@code *} is any id; {@code -} alone is "no event".
 */
class AuditCompletenessIT {

    private static final Path DOC = Path.of("../docs/RELIABILITY.md");
    private static final Pattern EVENT = Pattern.compile(
            "([+*]?)([A-Z_]+)(?:\\(([A-Z_]+),([^)]+)\\))? (\\S+) (\\S+) (\\S+)(?: by (\\S+)@(\\S+))?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9-]+)(?::([a-z0-9-]+))?}");
    private static final String PASSWORD = "demo";

    @TempDir
    static Path temp;

    static RunningHost host;
    static LocalDate today;
    static final Map<String, ApiClient> signedIn = new HashMap<>();
    static final Map<String, String> ORGANISATION = Map.of("org2-supervisor", "org-2", "org2-clinician", "org-2");

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.start(temp);
        today = LocalDate.now(ZoneId.systemDefault());
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    record Row(String operation, String method, String path, String user, String body, List<Expected> events) {
    }

    record Expected(char multiplicity, String action, String attempted, String reason, String category,
            String targetType, String target, String actor, String organisation) {
    }

    record Event(String organisation, String actor, String action, String category, String targetType,
            String target, String detail) {

        @Override
        public String toString() {
            return action + " " + category + " " + targetType + " " + target + " by " + actor + "@" + organisation
                    + (detail == null ? "" : " [" + detail + "]");
        }
    }

    @Test
    void everyRouteRowWritesExactlyItsEvents() throws Exception {
        List<Row> rows = routeRows();
        List<String> failures = new ArrayList<>();
        int events = 0;
        for (Row row : rows) {
            try {
                events += check(row, failures);
            } catch (RuntimeException | AssertionError e) {
                failures.add("'" + row.operation() + "': " + e);
            }
        }
        System.out.println("AUDIT COMPLETENESS routes: rows=" + rows.size() + " events=" + events
                + " failures=" + failures.size());
        failures.forEach(f -> System.out.println("AUDIT ROW FAILED " + f));
        assertThat(failures).as("rows whose events differ").isEmpty();
    }

    private static int check(Row row, List<String> failures) throws SQLException {
        int events = 0;
        {
            Map<String, String> fixtures = new HashMap<>();
            String path = fill(row.path(), fixtures);
            String body = fill(row.body(), fixtures);
            ApiClient client = prepare(row.user(), fixtures);
            List<Expected> expected = row.events().stream().map(e -> resolved(e, row.user(), fixtures)).toList();
            Set<String> before = eventKeys();
            Answer answer = send(client, row.method(), path, body, row.user());
            List<Event> written = newEvents(before);
            if (row.path().equals("/api/logout")) {
                signedIn.remove(userOf(row.user()));
            }
            events += written.size();
            String mismatch = mismatch(expected, written);
            if (mismatch != null) {
                failures.add("'" + row.operation() + "' (" + row.method() + " " + path + " as " + row.user() + ", answered "
                        + answer.status() + "): " + mismatch + "; written " + written);
            }
        }
        return events;
    }

    @Test
    void everyRouteOfTheServedApiDescriptionHasARow() throws Exception {
        Set<String> described = new TreeSet<>();
        JsonNode paths = host.client().get("/api/openapi.json").json().get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next();
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        List<Row> rows = routeRows();
        Set<String> missing = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (String route : described) {
            if (rows.stream().noneMatch(row -> serves(route, row))) {
                missing.add(route);
            }
        }
        for (Row row : rows) {
            if (described.stream().noneMatch(route -> serves(route, row))) {
                unknown.add(row.method() + " " + row.path());
            }
        }
        assertThat(described).hasSizeGreaterThan(40);
        assertThat(missing).as("routes of the API description without a row in the table").isEmpty();
        assertThat(unknown).as("rows naming a route the API description does not have").isEmpty();
    }

    @Test
    void everyModuleOperationHasARowAndTheDirectOnesWriteExactlyTheirEvents() throws Exception {
        Map<String, String[]> rows = moduleRows();
        Set<String> operations = new TreeSet<>();
        // The module and every service interface it hands out, read from the module itself, so a
        // new feature cannot be left out of the table.
        Set<Class<?>> services = new java.util.LinkedHashSet<>();
        services.add(SupervisionModule.class);
        for (Method method : SupervisionModule.class.getMethods()) {
            if (method.getParameterCount() == 0 && method.getReturnType().isInterface()
                    && method.getReturnType().getPackageName().startsWith("org.casenotes.supervision.api")) {
                services.add(method.getReturnType());
            }
        }
        assertThat(services).contains(Reviews.class, Meetings.class, Packets.class, AuditLog.class, Disclosures.class,
                Policies.class, Vocabulary.class, FhirExports.class, Licensure.class, Signatures.class, Billing.class);
        for (Class<?> type : services) {
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass() != Object.class && method.getDeclaringClass() != AutoCloseable.class) {
                    operations.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        Set<String> missing = new TreeSet<>(operations);
        missing.removeAll(rows.keySet());
        assertThat(missing).as("module operations without a row in the table").isEmpty();
        Set<String> unknown = new TreeSet<>(rows.keySet());
        unknown.removeAll(operations);
        assertThat(unknown).as("rows naming an operation the module does not have").isEmpty();

        Set<String> routeOperations = new HashSet<>();
        routeRows().forEach(r -> routeOperations.add(r.operation()));
        Map<String, Consumer<Map<String, String>>> drivers = drivers();
        List<String> failures = new ArrayList<>();
        int direct = 0;
        for (Map.Entry<String, String[]> row : rows.entrySet()) {
            String how = row.getValue()[0];
            if (how.startsWith("route: ")) {
                for (String named : how.substring("route: ".length()).split("; ")) {
                    assertThat(routeOperations).as("route row named by " + row.getKey()).contains(named.strip());
                }
                continue;
            }
            if (how.startsWith("not called: ")) {
                assertThat(row.getValue()[1]).as(row.getKey()).isEqualTo("-");
                continue;
            }
            assertThat(how).as(row.getKey()).startsWith("direct as ");
            direct++;
            String user = how.substring("direct as ".length()).split(" ")[0];
            Consumer<Map<String, String>> driver = drivers.get(row.getKey());
            assertThat(driver).as("a driver for " + row.getKey()).isNotNull();
            Map<String, String> fixtures = new HashMap<>();
            fixtures.put("@user", user);
            fill(how, fixtures);
            List<Expected> resolved = parseEvents(row.getValue()[1]).stream()
                    .map(e -> resolved(e, user, fixtures)).toList();
            Set<String> before = eventKeys();
            try {
                driver.accept(fixtures);
            } catch (RuntimeException e) {
                // A refused call: its event is what counts.
            }
            String mismatch = mismatch(resolved, newEvents(before));
            if (mismatch != null) {
                failures.add(row.getKey() + ": " + mismatch);
            }
        }
        System.out.println("AUDIT COMPLETENESS module: operations=" + operations.size() + " direct=" + direct
                + " failures=" + failures.size());
        assertThat(failures).as("module rows whose events differ").isEmpty();
    }

    // ---- the tables

    private static List<Row> routeRows() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String[] cells : table("audit-table")) {
            String[] request = cells[1].replace("`", "").split(" ", 2);
            rows.add(new Row(cells[0], request[0], request[1], cells[2], cells[3].replace("`", ""),
                    parseEvents(cells[4])));
        }
        assertThat(rows).hasSizeGreaterThan(60);
        return rows;
    }

    private static Map<String, String[]> moduleRows() throws Exception {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String[] cells : table("module-table")) {
            String operation = cells[0].replace("`", "");
            assertThat(rows).as("one row per operation").doesNotContainKey(operation);
            rows.put(operation, new String[] {cells[1].replace("`", ""), cells[2]});
        }
        return rows;
    }

    private static List<String[]> table(String name) throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf("<!-- " + name + ":start -->");
        int end = doc.indexOf("<!-- " + name + ":end -->");
        assertThat(start).as(name + " in " + DOC).isNotNegative();
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : doc.substring(start, end).split("\n")) {
            if (!line.startsWith("|")) {
                continue;
            }
            if (header) {
                header = !line.startsWith("|---") && !line.startsWith("| ---");
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|");
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].replace("\\|", "|").strip();
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<Expected> parseEvents(String cell) {
        String text = cell.replace("`", "").strip();
        List<Expected> events = new ArrayList<>();
        if (text.equals("-")) {
            return events;
        }
        for (String part : text.split(";")) {
            Matcher m = EVENT.matcher(part.strip());
            assertThat(m.matches()).as("event '%s'", part.strip()).isTrue();
            char multiplicity = m.group(1).isEmpty() ? '1' : m.group(1).charAt(0);
            AuditAction.valueOf(m.group(2));
            events.add(new Expected(multiplicity, m.group(2), m.group(3), m.group(4), m.group(5), m.group(6),
                    m.group(7), m.group(8), m.group(9)));
        }
        return events;
    }

    /** Whether a row's request is one of the described route ({@code METHOD /path/{param}}). */
    private static boolean serves(String route, Row row) {
        String[] parts = route.split(" ", 2);
        String pattern = java.util.Arrays.stream(parts[1].split("\\{[^}]*}", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("[^/]+"));
        return parts[0].equals(row.method()) && row.path().split("\\?")[0].matches(pattern);
    }

    // ---- matching

    private static Expected resolved(Expected e, String user, Map<String, String> fixtures) {
        String actor = e.actor() != null ? e.actor() : userOf(user);
        String organisation = e.organisation() != null ? e.organisation() : ORGANISATION.getOrDefault(actor, "org-1");
        String target = e.target().equals("{user}") ? userOf(user) : fill(e.target(), fixtures);
        return new Expected(e.multiplicity(), e.action(), e.attempted(), e.reason(), e.category(), e.targetType(),
                target, actor, organisation);
    }

    private static boolean matches(Expected e, Event event) {
        if (!e.action().equals(event.action()) || !e.category().equals(event.category())
                || !e.targetType().equals(event.targetType()) || !e.actor().equals(event.actor())
                || !e.organisation().equals(event.organisation())) {
            return false;
        }
        if (!e.target().equals("*") && !e.target().equals(event.target())) {
            return false;
        }
        if (e.attempted() != null) {
            String detail = "attempted=" + e.attempted() + ";reason=" + e.reason();
            return event.detail() != null && (event.detail().equals(detail) || event.detail().startsWith(detail + ";"));
        }
        return true;
    }

    /** Why the written events are not exactly the expected ones, or {@code null}. */
    private static String mismatch(List<Expected> expected, List<Event> written) {
        List<Event> left = new ArrayList<>(written);
        for (Expected e : expected) {
            int count = 0;
            for (Iterator<Event> it = left.iterator(); it.hasNext();) {
                Event event = it.next();
                if (matches(e, event) && (e.multiplicity() != '1' || count == 0)) {
                    it.remove();
                    count++;
                }
            }
            if (e.multiplicity() != '*' && count == 0) {
                return "missing " + e;
            }
        }
        if (!left.isEmpty()) {
            return "not in the row " + left;
        }
        return null;
    }

    private static Set<String> eventKeys() throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Connection c = host.server().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT org_id, seq FROM sr_audit_event")) {
            while (rs.next()) {
                keys.add(rs.getString(1) + "#" + rs.getLong(2));
            }
        }
        return keys;
    }

    private static List<Event> newEvents(Set<String> before) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (Connection c = host.server().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT org_id, seq, actor_id, action, data_category, target_type,"
                        + " target_id, detail FROM sr_audit_event ORDER BY org_id, seq")) {
            while (rs.next()) {
                if (!before.contains(rs.getString(1) + "#" + rs.getLong(2))) {
                    events.add(new Event(rs.getString(1), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return events;
    }

    // ---- requests and fixtures

    /** The user of a row; "(locked out)", "(wrong password)" and "(signed out)" describe how the request is sent. */
    private static String userOf(String as) {
        return as.split(" ")[0];
    }

    private static ApiClient prepare(String as, Map<String, String> fixtures) {
        String user = userOf(as);
        if (as.contains("(locked out)")) {
            ApiClient stranger = host.client();
            for (int i = 0; i < 5; i++) {
                stranger.post("/api/login", "{\"userId\":\"" + user + "\",\"password\":\"wrong-" + i + "\"}");
            }
            return stranger;
        }
        if (as.contains("(wrong password)") || as.contains("(no session)")) {
            return host.client();
        }
        return fresh(user);
    }

    private static Answer send(ApiClient client, String method, String path, String body, String as) {
        if (path.equals("/api/login")) {
            String password = as.contains("(wrong password)") || as.contains("(locked out)") ? "not-the-password"
                    : PASSWORD;
            return client.post(path, "{\"userId\":\"" + userOf(as) + "\",\"password\":\"" + password + "\"}");
        }
        return switch (method) {
            case "GET" -> client.get(path);
            case "POST" -> client.post(path, body.equals("-") ? "{}" : body);
            case "PUT" -> client.put(path, body.equals("-") ? "{}" : body);
            default -> throw new IllegalArgumentException(method);
        };
    }

    /** A client signed in as the user, once per user (the sign-in's own event is made before the row). */
    private static ApiClient fresh(String user) {
        return signedIn.computeIfAbsent(user, u -> {
            ApiClient client = host.client();
            assertThat(client.login(u, PASSWORD).status()).as("sign-in of " + u).isEqualTo(200);
            return client;
        });
    }

    /** Replaces each placeholder, making its fixture the first time it appears in the row. */
    private static String fill(String text, Map<String, String> fixtures) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(0);
            String value = fixtures.get(key);
            if (value == null) {
                value = make(m.group(1), m.group(2), fixtures);
                fixtures.put(key, value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The fixture a placeholder such as {@code {v:submitted}} refers to, made first if the row has not named it yet. */
    private static String of(String of, Map<String, String> fixtures) {
        String key = "{" + of + "}";
        if (!fixtures.containsKey(key)) {
            fixtures.put(key, make(of, null, fixtures));
        }
        return fixtures.get(key);
    }

    private static String make(String kind, String of, Map<String, String> fixtures) {
        ApiClient clinician = fresh("clinician-1");
        ApiClient supervisor = fresh("supervisor-1");
        return switch (kind) {
            case "today" -> today.toString();
            case "tomorrow" -> today.plusDays(1).toString();
            case "yesterday" -> today.minusDays(1).toString();
            case "user" -> userOf(fixtures.getOrDefault("@user", "-"));
            case "bare" -> newNote(clinician, "client-01");
            case "note" -> documented(clinician, newNote(clinician, "client-01"));
            case "drafted" -> {
                String note = newNote(clinician, "client-01");
                expect(clinician.put("/api/notes/" + note + "/disclosure/draft",
                        "{\"expectedVersion\":0,\"section\":{\"noSelfDisclosure\":false,\"entries\":[]}}"), 200);
                yield note;
            }
            case "submitted" -> submitted(clinician);
            case "in-review" -> inReview(clinician, supervisor);
            case "co-signed" -> {
                String note = inReview(clinician, supervisor);
                expect(supervisor.post("/api/notes/" + note + "/review/co-sign", "{\"version\":" + version(note)
                        + ",\"password\":\"" + PASSWORD + "\"}"), 200);
                yield note;
            }
            case "org2-note" -> documented(fresh("org2-clinician"), newNote(fresh("org2-clinician"), "client-a"));
            case "v" -> String.valueOf(version(of(of, fixtures)));
            case "meeting" -> plan(supervisor, today.plusDays(1));
            case "pack" -> "us-tx-lpc-associate";
            case "past-meeting" -> plan(supervisor, today.minusDays(1));
            case "held-meeting" -> {
                String meeting = plan(supervisor, today.minusDays(1));
                expect(supervisor.post("/api/meetings/" + meeting + "/held", "{\"version\":" + meetingVersion(meeting)
                        + "}"), 200);
                yield meeting;
            }
            case "signed-meeting" -> {
                String meeting = plan(supervisor, today.minusDays(1));
                expect(supervisor.post("/api/meetings/" + meeting + "/held", "{\"version\":" + meetingVersion(meeting)
                        + "}"), 200);
                expect(supervisor.post("/api/meetings/" + meeting + "/sign", "{\"version\":" + meetingVersion(meeting)
                        + ",\"password\":\"" + PASSWORD + "\"}"), 200);
                yield meeting;
            }
            case "org2-meeting" -> {
                JsonNode meeting = expect(fresh("org2-supervisor").post("/api/meetings",
                        "{\"supervisees\":[\"org2-clinician\"],\"startsAt\":\"" + today.plusDays(1)
                                + "T10:00\",\"durationMinutes\":60,\"format\":\"INDIVIDUAL\",\"modality\":\"VIDEO\"}"),
                        201).json();
                yield meeting.get("id").asText();
            }
            case "mv" -> String.valueOf(meetingVersion(of(of, fixtures)));
            case "item" -> {
                String meeting = of(of, fixtures);
                JsonNode withItem = expect(supervisor.post("/api/meetings/" + meeting + "/action-items", "{\"version\":"
                        + meetingVersion(meeting) + ",\"text\":\"read\",\"ownerId\":\"clinician-1\"}"), 200).json();
                JsonNode items = withItem.get("actionItems");
                yield items.get(items.size() - 1).get("id").asText();
            }
            case "agenda-item" -> {
                String meeting = of(of, fixtures);
                JsonNode withTopic = expect(supervisor.post("/api/meetings/" + meeting + "/agenda/topics", "{\"version\":"
                        + meetingVersion(meeting) + ",\"topic\":\"boundaries\"}"), 200).json();
                JsonNode agenda = withTopic.get("agenda");
                yield agenda.get(agenda.size() - 1).get("id").asText();
            }
            case "addendum" -> {
                Actor author = Actor.of("clinician-1", "org-1", Role.CLINICIAN);
                yield module().reviews().addAddendum(author, of(of, fixtures), "a later addition").addendumId();
            }
            case "policy-version" -> fresh("admin-1").get("/api/policy").json().get("version").asText();
            default -> throw new IllegalArgumentException("unknown placeholder " + kind);
        };
    }

    private static String newNote(ApiClient clinician, String client) {
        return expect(clinician.post("/api/notes", "{\"clientId\":\"" + client + "\",\"sessionDate\":\"" + today
                + "\",\"service\":\"Individual psychotherapy\",\"text\":\"S: ok\"}"), 201).json().get("noteId").asText();
    }

    private static String documented(ApiClient clinician, String note) {
        expect(clinician.put("/api/notes/" + note + "/disclosure",
                "{\"expectedVersion\":0,\"section\":{\"noSelfDisclosure\":true}}"), 200);
        return note;
    }

    private static String submitted(ApiClient clinician) {
        String note = documented(clinician, newNote(clinician, "client-01"));
        expect(clinician.post("/api/notes/" + note + "/review/submit", "{\"version\":0}"), 200);
        return note;
    }

    private static String inReview(ApiClient clinician, ApiClient supervisor) {
        String note = submitted(clinician);
        expect(supervisor.post("/api/notes/" + note + "/review/start", "{\"version\":" + version(note) + "}"), 200);
        return note;
    }

    private static long version(String note) {
        return module().reviews().review(Actor.of("supervisor-1", "org-1", Role.SUPERVISOR), note).version();
    }

    private static String plan(ApiClient supervisor, LocalDate day) {
        return expect(supervisor.post("/api/meetings", "{\"supervisees\":[\"clinician-1\"],\"startsAt\":\"" + day
                + "T10:00\",\"durationMinutes\":60,\"format\":\"INDIVIDUAL\",\"modality\":\"VIDEO\"}"), 201)
                .json().get("id").asText();
    }

    private static long meetingVersion(String meeting) {
        return ((org.casenotes.supervision.api.meeting.Meeting) module().meetings().view(actor("supervisor-1"), meeting))
                .version();
    }

    private static Answer expect(Answer answer, int status) {
        assertThat(answer.status()).as("fixture request: " + answer.body()).isEqualTo(status);
        return answer;
    }

    private static SupervisionModule module() {
        return host.server().module().orElseThrow();
    }

    // ---- module operations called directly

    private static Actor actor(String user) {
        return switch (user) {
            case "admin-1" -> Actor.of(user, "org-1", Role.ADMIN);
            case "clinician-1", "clinician-2" -> Actor.of(user, "org-1", Role.CLINICIAN);
            case "supervisor-2" -> Actor.of(user, "org-1", Role.SUPERVISOR, Role.CLINICIAN);
            default -> Actor.of(user, "org-1", Role.SUPERVISOR);
        };
    }

    /** One driver per directly called operation; its fixtures are made from the row's placeholders first. */
    private static Map<String, Consumer<Map<String, String>>> drivers() {
        Map<String, Consumer<Map<String, String>>> d = new HashMap<>();
        d.put("SupervisionModule.version", f -> run(f, () -> module().version()));
        d.put("SupervisionModule.schemaVersion", f -> run(f, () -> module().schemaVersion()));
        d.put("SupervisionModule.databaseReachable", f -> run(f, () -> module().databaseReachable()));
        d.put("SupervisionModule.deliverPendingEvents", f -> run(f, () -> module().deliverPendingEvents()));
        d.put("SupervisionModule.vocabulary", f -> run(f, () -> module().vocabulary()));
        d.put("SupervisionModule.reviews", f -> run(f, () -> module().reviews()));
        d.put("SupervisionModule.meetings", f -> run(f, () -> module().meetings()));
        d.put("SupervisionModule.packets", f -> run(f, () -> module().packets()));
        d.put("SupervisionModule.disclosures", f -> run(f, () -> module().disclosures()));
        d.put("SupervisionModule.policies", f -> run(f, () -> module().policies()));
        d.put("SupervisionModule.audit", f -> run(f, () -> module().audit()));
        d.put("SupervisionModule.fhir", f -> run(f, () -> module().fhir()));
        d.put("SupervisionModule.licensure", f -> run(f, () -> module().licensure()));
        d.put("SupervisionModule.signatures", f -> run(f, () -> module().signatures()));
        d.put("SupervisionModule.billing", f -> run(f, () -> module().billing()));
        d.put("SupervisionModule.reviewSampling", f -> run(f, () -> module().reviewSampling()));
        d.put("Reviews.requireEditable", f -> run(f, () -> module().reviews()
                .requireEditable(actor(f.get("@user")), f.get("{note}"))));
        d.put("Reviews.addAddendum", f -> run(f, () -> module().reviews()
                .addAddendum(actor(f.get("@user")), f.get("{co-signed}"), "a later addition")));
        d.put("Reviews.submitAddendum", f -> run(f, () -> module().reviews().submitAddendum(actor(f.get("@user")),
                f.get("{co-signed}"), f.get("{addendum:co-signed}"), 1)));
        d.put("Reviews.coSignAddendum", f -> run(f, () -> module().reviews().coSignAddendum(actor(f.get("@user")),
                f.get("{co-signed}"), f.get("{addendum:co-signed}"), 1)));
        d.put("Reviews.changedAfterCoSign", f -> run(f, () -> module().reviews()
                .changedAfterCoSign(actor(f.get("@user")), f.get("{co-signed}"))));
        d.put("Reviews.returnedNotes", f -> run(f, () -> module().reviews().returnedNotes(actor(f.get("@user")), 20, null)));
        d.put("Reviews.overdue", f -> run(f, () -> module().reviews().overdue(actor(f.get("@user")), 20, null)));
        d.put("Reviews.checkOverdue", f -> run(f, () -> module().reviews().checkOverdue("org-1", Instant.now())));
        d.put("Disclosures.validate", f -> run(f, () -> module().disclosures()
                .validate(actor(f.get("@user")), "{\"noSelfDisclosure\":true}")));
        d.put("Disclosures.formSchema", f -> run(f, () -> module().disclosures().formSchema(Locale.ENGLISH)));
        d.put("Disclosures.load", f -> run(f, () -> module().disclosures().load(actor(f.get("@user")), f.get("{note}"))));
        d.put("Meetings.removeAgendaItem", f -> run(f, () -> module().meetings().removeAgendaItem(
                actor(f.get("@user")), f.get("{meeting}"), Long.parseLong(f.get("{mv:meeting}")),
                f.get("{agenda-item:meeting}"))));
        d.put("Meetings.reorderAgenda", f -> run(f, () -> module().meetings().reorderAgenda(actor(f.get("@user")),
                f.get("{meeting}"), Long.parseLong(f.get("{mv:meeting}")), List.of(f.get("{agenda-item:meeting}")))));
        d.put("Meetings.addAddendum", f -> run(f, () -> module().meetings().addAddendum(actor(f.get("@user")),
                f.get("{signed-meeting}"), "a later addition")));
        d.put("Vocabulary.locales", f -> run(f, () -> module().vocabulary().locales()));
        d.put("Vocabulary.labels", f -> run(f, () -> module().vocabulary().labels(Locale.ENGLISH)));
        d.put("Vocabulary.label", f -> run(f, () -> module().vocabulary().label(AuditAction.READ, Locale.ENGLISH)));
        d.put("Vocabulary.explain", f -> run(f, () -> module().vocabulary().explain(new org.casenotes.supervision.api
                .disclosure.Flag("rule", org.casenotes.supervision.api.disclosure.Severity.REVIEW_REQUIRED, "raised", 0),
                Locale.ENGLISH)));
        d.put("Policies.validate", f -> run(f, () -> module().policies().validate(module().policies().defaultsJson())));
        d.put("Policies.defaultsJson", f -> run(f, () -> module().policies().defaultsJson()));
        d.put("Policies.currentJson", f -> run(f, () -> module().policies().currentJson(actor(f.get("@user")))));
        d.put("AuditLog.report", f -> run(f, () -> module().audit().report(actor(f.get("@user")), AuditQuery.period(
                Instant.now().minusSeconds(3600), Instant.now().plusSeconds(60)))));
        d.put("AuditLog.checkpoint", f -> run(f, () -> module().audit().checkpoint(actor(f.get("@user")))));
        d.put("AuditLog.record", f -> run(f, () -> {
            module().audit().record(new HostAuditEntry("org-1", f.get("@user"), AuditAction.SIGN_OUT, "session", "user",
                    f.get("@user"), null));
            return null;
        }));
        d.put("FhirExports.packet", f -> run(f, () -> module().fhir().packet(actor(f.get("@user")),
                new PacketRequest(List.of("clinician-1"), today, today, null, null), PacketOptions.defaults(),
                temp.resolve("fhir-packet-" + System.nanoTime() + ".pdf"), FhirBundleType.COLLECTION)));
        return d;
    }

    private static void run(Map<String, String> fixtures, java.util.function.Supplier<?> call) {
        call.get();
    }
}
