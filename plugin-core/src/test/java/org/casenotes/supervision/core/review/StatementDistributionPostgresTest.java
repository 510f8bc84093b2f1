package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.AuditQuery;
import org.casenotes.supervision.api.audit.HostAuditEntry;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.api.fhir.FhirBundleType;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.ItemNotes;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Distribution readiness of every statement the plugin issues, asked of PostgreSQL itself
 * (docs/distribution.md). The whole flow (module start with its migrations and key checks,
 * sections and drafts, the review workflow with comments, returns, co-sign, batch co-sign and
 * addenda, queues and the overdue check, meetings from plan to signed addendum, hours, packets,
 * FHIR exports, licensure, signatures, billing, policy, the audit report, verify, anchors, host
 * events and the outbox) runs on PostgreSQL through a data source that records every SQL text
 * the plugin sends. Each distinct statement on the plugin's tables is then prepared on
 * PostgreSQL and its generic plan ({@code plan_cache_mode = force_generic_plan}, {@code EXPLAIN
 * (FORMAT JSON, VERBOSE)}) is read: every scan of a per-organisation {@code sr_} table must have
 * its {@code org_id} bound, through the plan's own equality conditions, to a parameter or a
 * literal, and {@code sr_} tables read together (a join, a correlated subquery) must have their
 * {@code org_id} equated (one organisation, so one shard group on Citus); an {@code INSERT} names
 * {@code org_id} among its columns. Statements that read every organisation on purpose, and the
 * schema's own statements, are listed in {@link #GLOBAL} with the reason.
 */
@Postgres
class StatementDistributionPostgresTest {

    /** Tables with one row per database (Citus reference tables) or Flyway's own. */
    static final Set<String> REFERENCE_TABLES = Set.of("sr_audit_database", "sr_audit_legacy_head",
            "sr_schema_history");

    /** Statements that read every organisation by design: a fragment of their text, and why. */
    static final Map<String, String> GLOBAL = Map.of(
            "SELECT org_id, last_seq, last_mac FROM sr_audit_chain",
            "the anchor: a signed Merkle root over every organisation's head (operator level, no lock)",
            "FROM sr_audit_anchor_head WHERE anchor_seq <=",
            "verification: the heads the latest anchor covered, every organisation",
            "SELECT DISTINCT org_id FROM sr_audit_event",
            "verification: walks every organisation's chain",
            "WHERE legacy_seq IS NOT NULL",
            "verification of the pre-0.2 global chain, kept after the upgrade",
            "FROM sr_audit_event WHERE legacy_seq IS NULL",
            "the start-up key check on a database upgraded from 0.1: the first event's MAC",
            "SELECT DISTINCT org_id, note_id FROM sr_event_outbox",
            "the outbox relay at start and on schedule: pending events of every organisation");

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The migration scripts, whitespace collapsed: their statements (DDL, and the data migrations
     * that move every organisation's rows once when the schema changes) run once per database,
     * before the organisations use it.
     */
    private static final String MIGRATIONS = migrations();
    private static final Pattern TABLE = Pattern.compile("\\b(sr_[a-z0-9_]+)\\b");
    private static final Pattern ORG_SIDE = Pattern.compile(
            "\\(*([a-z_][a-z0-9_]*)\\.org_id\\)*(?:::[a-z ]+)?\\)*");
    private static final Pattern OTHER_SIDE = Pattern.compile(
            "\\(*(\\$\\d+|'[^']*'|[a-z_][a-z0-9_]*\\.org_id)\\)*(?:::[a-z ]+)?\\)*");
    private static final Pattern EQUALITY = Pattern.compile(
            "(\\(*[a-z_$'][^=()]*?\\)*(?:::[a-z ]+)?\\)*)\\s*=\\s*(\\(*[a-z_$'][^=()]*?\\)*(?:::[a-z ]+)?\\)*)(?=\\s*(?:\\)|AND|OR|$))");

    @TempDir
    Path temp;

    private final List<String> attempts = new ArrayList<>();

    @Test
    void everyStatementThePluginIssuesIsBoundToOneOrganisation() throws Exception {
        DataSource database = TestDatabases.postgres();
        Set<String> recorded = new ConcurrentSkipListSet<>();
        runTheWholeFlow(recording(database, recorded));

        Map<String, String> problems = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        Set<String> touched = new TreeSet<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET plan_cache_mode = force_generic_plan");
            for (String sql : recorded) {
                Set<String> tables = tables(sql);
                touched.addAll(tables);
                String kind = check(c, sql, tables, problems);
                kinds.merge(kind, 1, Integer::sum);
            }
        }
        Set<String> perOrganisation = perOrganisationTables(database);
        Set<String> untouched = new TreeSet<>(perOrganisation);
        untouched.removeAll(touched);
        System.err.printf("statement distribution: %d distinct statements %s; %d of %d per-organisation tables"
                + " touched; flow steps %s%n", recorded.size(), kinds, perOrganisation.size() - untouched.size(),
                perOrganisation.size(), attempts);
        assertThat(recorded).as("statements recorded").hasSizeGreaterThan(100);
        assertThat(untouched).as("per-organisation tables the flow never touched").isEmpty();
        problems.forEach((sql, why) -> System.err.println("NOT BOUND: " + normalised(sql) + " -- " + why));
        assertThat(problems.keySet().stream().map(StatementDistributionPostgresTest::normalised).toList())
                .as("statements not bound to one organisation (reasons above)").isEmpty();
    }

    // ---- the check of one statement

    private String check(Connection c, String sql, Set<String> tables, Map<String, String> problems)
            throws SQLException {
        String head = sql.replaceAll("(?m)^\\s*--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "").strip()
                .split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (Set.of("CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE", "DO", "SET", "RESET", "SHOW",
                "LOCK", "TRUNCATE").contains(head)) {
            return "schema or session";
        }
        if (MIGRATIONS.contains(normalised(sql))) {
            return "schema migration";
        }
        Set<String> distributed = new TreeSet<>(tables);
        distributed.removeAll(REFERENCE_TABLES);
        if (distributed.isEmpty()) {
            return tables.isEmpty() ? "catalog or driver" : "reference tables only";
        }
        for (String fragment : GLOBAL.keySet()) {
            if (sql.contains(fragment)) {
                return "global by design";
            }
        }
        if (head.equals("INSERT")) {
            Matcher insert = Pattern.compile("(?is)INSERT\\s+INTO\\s+(sr_[a-z0-9_]+)\\s*\\(([^)]*)\\)").matcher(sql);
            if (!insert.find() || !List.of(insert.group(2).replace(" ", "").split(",")).contains("org_id")) {
                problems.put(sql, "an insert that does not name org_id");
                return "insert";
            }
            if (!sql.toUpperCase(Locale.ROOT).contains("SELECT")) {
                return "insert";
            }
        }
        JsonNode plan = genericPlan(c, sql, problems);
        if (plan == null) {
            return "not explainable";
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        List<Set<String>> joined = new ArrayList<>();
        walk(plan, aliases, conditions, joined);
        // org_id bindings: a union-find over "@alias" names, "$n" parameters and literals.
        Map<String, String> parent = new HashMap<>();
        for (String condition : conditions) {
            Matcher eq = EQUALITY.matcher(condition);
            while (eq.find()) {
                String left = side(eq.group(1), aliases.keySet());
                String right = side(eq.group(2), aliases.keySet());
                if (left != null && right != null && (left.startsWith("@") || right.startsWith("@"))) {
                    union(parent, left, right);
                }
            }
        }
        List<String> unbound = new ArrayList<>();
        for (Map.Entry<String, String> scan : aliases.entrySet()) {
            if (REFERENCE_TABLES.contains(scan.getValue())) {
                continue;
            }
            String root = find(parent, "@" + scan.getKey());
            boolean bound = parent.keySet().stream().filter(k -> !k.startsWith("@"))
                    .anyMatch(k -> find(parent, k).equals(root));
            if (!bound) {
                unbound.add(scan.getValue() + " " + scan.getKey());
            }
        }
        // Tables read together (a join, or a correlated subquery) must be one organisation's rows:
        // their org_id equated by the plan. Branches of a UNION ALL and uncorrelated subqueries
        // are separate reads, each bound on its own.
        List<String> crossing = new ArrayList<>();
        for (Set<String> group : joined) {
            Set<String> roots = new TreeSet<>();
            for (String alias : group) {
                if (!REFERENCE_TABLES.contains(aliases.get(alias))) {
                    roots.add(find(parent, "@" + alias));
                }
            }
            if (roots.size() > 1) {
                crossing.add(group.toString());
            }
        }
        if (!unbound.isEmpty()) {
            problems.put(sql, "org_id of " + unbound + " not bound to a parameter; conditions " + conditions);
        } else if (!crossing.isEmpty()) {
            problems.put(sql, "tables read together whose org_id are not equated " + crossing + "; conditions "
                    + conditions);
        }
        return head.toLowerCase(Locale.ROOT) + " checked by plan";
    }

    private static String normalised(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }

    private static String migrations() {
        StringBuilder all = new StringBuilder();
        Path root = Path.of("src/main/resources/org/casenotes/supervision/core/storage");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(root)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("V[0-9_]+__.*\\.sql"))
                    .filter(f -> !f.toString().contains("/h2/")).toList()) {
                all.append(normalised(java.nio.file.Files.readString(file))).append('\n');
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(all).as("migration scripts under " + root).isNotEmpty();
        return all.toString();
    }

    private static JsonNode genericPlan(Connection c, String sql, Map<String, String> problems) throws SQLException {
        int parameters = 0;
        StringBuilder numbered = new StringBuilder();
        boolean quoted = false;
        for (char ch : sql.toCharArray()) {
            if (ch == '\'') {
                quoted = !quoted;
            }
            if (ch == '?' && !quoted) {
                numbered.append('$').append(++parameters);
            } else {
                numbered.append(ch);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DEALLOCATE ALL");
            s.execute("PREPARE sr_check AS " + numbered);
            StringBuilder execute = new StringBuilder("EXPLAIN (FORMAT JSON, VERBOSE) EXECUTE sr_check");
            if (parameters > 0) {
                execute.append("(").append(String.join(",", java.util.Collections.nCopies(parameters, "NULL")))
                        .append(")");
            }
            try (ResultSet rs = s.executeQuery(execute.toString())) {
                rs.next();
                return JSON.readTree(rs.getString(1)).get(0).get("Plan");
            }
        } catch (SQLException | java.io.IOException e) {
            problems.put(sql, "PostgreSQL could not plan it: " + e.getMessage());
            return null;
        }
    }

    /** Collects the plan's scans and conditions; returns the aliases scanned at or below the node. */
    private static Set<String> walk(JsonNode node, Map<String, String> aliases, List<String> conditions,
            List<Set<String>> joined) {
        Set<String> below = new TreeSet<>();
        // The target of an INSERT is checked by its column list; an UPDATE's or DELETE's rows come from a scan below.
        if (node.has("Relation Name") && !"ModifyTable".equals(node.path("Node Type").asText())) {
            String alias = node.path("Alias").asText(node.get("Relation Name").asText());
            aliases.put(alias, node.get("Relation Name").asText());
            below.add(alias);
        }
        for (String field : List.of("Index Cond", "Recheck Cond", "Filter", "Join Filter", "Hash Cond", "Merge Cond",
                "TID Cond", "One-Time Filter")) {
            if (node.has(field)) {
                conditions.add(node.get(field).asText());
            }
        }
        boolean correlated = false;
        for (JsonNode child : node.path("Plans")) {
            Set<String> under = walk(child, aliases, conditions, joined);
            if ("InitPlan".equals(child.path("Parent Relationship").asText())) {
                continue;
            }
            correlated |= "SubPlan".equals(child.path("Parent Relationship").asText());
            below.addAll(under);
        }
        String type = node.path("Node Type").asText();
        if ((type.contains("Join") || type.equals("Nested Loop") || correlated) && below.size() > 1) {
            joined.add(below);
        }
        return below;
    }

    /** One side of an equality: "@alias" for alias.org_id, "$n" or a literal, or null for anything else. */
    private static String side(String text, Set<String> aliases) {
        String t = text.strip();
        Matcher org = ORG_SIDE.matcher(t);
        if (org.matches()) {
            String alias = org.group(1);
            // PostgreSQL prints a table read by an INSERT into itself as name_1.
            String base = alias.replaceFirst("_[0-9]+$", "");
            return "@" + (!aliases.contains(alias) && aliases.contains(base) ? base : alias);
        }
        Matcher other = OTHER_SIDE.matcher(t);
        if (other.matches() && !other.group(1).contains(".")) {
            return other.group(1);
        }
        return null;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        return p.equals(x) ? x : find(parent, p);
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        parent.put(find(parent, a), find(parent, b));
    }

    private static Set<String> tables(String sql) {
        Set<String> tables = new TreeSet<>();
        Matcher m = TABLE.matcher(sql.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String name = m.group(1);
            // Constraint, index and trigger names share the prefix; only tables count.
            if (!name.endsWith("_pk") && !name.endsWith("_fk") && !name.endsWith("_uk") && !name.contains("_idx")
                    && !name.startsWith("sr_test_") && !name.startsWith("sr_check")) {
                tables.add(name);
            }
        }
        return tables;
    }

    private static Set<String> perOrganisationTables(DataSource database) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_name LIKE 'sr\\_%' AND table_type = 'BASE TABLE'");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (!REFERENCE_TABLES.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    // ---- recording

    /** A data source whose connections record the text of every statement prepared or executed. */
    static DataSource recording(DataSource target, Set<String> recorded) {
        InvocationHandler sources = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection connection) {
                return proxy(Connection.class, connection, recorded);
            }
            return result;
        };
        return (DataSource) Proxy.newProxyInstance(StatementDistributionPostgresTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, sources);
    }

    private static <T> Object proxy(Class<T> type, T target, Set<String> recorded) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (args != null && args.length > 0 && args[0] instanceof String sql && (method.getName().startsWith("prepare")
                    || method.getName().startsWith("execute") || method.getName().equals("addBatch"))) {
                recorded.add(sql.strip());
            }
            Object result = invoke(target, method, args);
            if (result instanceof PreparedStatement) {
                return result;
            }
            if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                return proxy(Statement.class, statement, recorded);
            }
            return result;
        };
        return Proxy.newProxyInstance(StatementDistributionPostgresTest.class.getClassLoader(), new Class<?>[] {type},
                handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    // ---- the flow

    private void runTheWholeFlow(DataSource database) throws Exception {
        TestClinic clinic = new TestClinic(database);
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            Reviews reviews = module.reviews();
            String note = clinic.undocumentedNote(TestClinic.CLIN);
            var host = clinic.noteOf(note);
            step("draft", () -> module.disclosures().saveDraft(TestClinic.CLIN, new SaveSection(note, host.clientId(),
                    host.clinicianId(), host.sessionDate(), 0, "{\"noSelfDisclosure\":false,\"entries\":[]}")));
            step("read draft", () -> module.disclosures().draft(TestClinic.CLIN, note));
            step("drafts", () -> module.disclosures().drafts(TestClinic.CLIN, 20));
            step("save", () -> module.disclosures().save(TestClinic.CLIN, new SaveSection(note, host.clientId(),
                    host.clinicianId(), host.sessionDate(), 0, WorkflowWorld.SECTION)));
            step("save again", () -> module.disclosures().save(TestClinic.CLIN, new SaveSection(note, host.clientId(),
                    host.clinicianId(), host.sessionDate(), 1, WorkflowWorld.SECTION)));
            Review submitted = reviews.submit(TestClinic.CLIN, note, 0);
            Review withdrawn = reviews.withdraw(TestClinic.CLIN, note, submitted.version());
            Review again = reviews.submit(TestClinic.CLIN, note, withdrawn.version());
            Review started = reviews.startReview(TestClinic.SUP, note, again.version());
            Review commented = reviews.comment(TestClinic.SUP, note, started.version(), NewComment.onNote("a comment"));
            Review returned = reviews.requestChanges(TestClinic.SUP, note, commented.version(), "add the plan");
            step("returned", () -> reviews.returnedNotes(TestClinic.CLIN, 20, null));
            Review resubmitted = reviews.submit(TestClinic.CLIN, note, returned.version());
            step("queue", () -> reviews.queue(TestClinic.SUP, new QueueQuery("clin", Set.of(), null, false, 20, null)));
            step("overdue", () -> reviews.overdue(TestClinic.SUP, 20, null));
            Review coSigned = reviews.coSign(TestClinic.SUP, note, resubmitted.version());
            Addendum addendum = reviews.addAddendum(TestClinic.CLIN, note, "a later addition");
            Addendum submittedAddendum = reviews.submitAddendum(TestClinic.CLIN, note, addendum.addendumId(), 1);
            reviews.coSignAddendum(TestClinic.SUP, note, addendum.addendumId(), submittedAddendum.version());
            step("load", () -> module.disclosures().load(TestClinic.SUP, note));
            step("history", () -> reviews.history(TestClinic.SUP, note));
            step("changed", () -> reviews.changedAfterCoSign(TestClinic.SUP, note));
            step("refused read", () -> reviews.review(TestClinic.FOREIGN, note));
            String second = documented(module, clinic);
            String third = documented(module, clinic);
            Review s2 = reviews.submit(TestClinic.CLIN, second, 0);
            Review s3 = reviews.submit(TestClinic.CLIN, third, 0);
            step("batch", () -> reviews.batchCoSign(TestClinic.SUP, List.of(new NoteVersion(second, s2.version()),
                    new NoteVersion(third, s3.version()))));
            step("refused batch", () -> reviews.batchCoSign(TestClinic.SUP, List.of(new NoteVersion(second, 0))));
            clinic.clock.advance(Duration.ofDays(30));
            String late = documented(module, clinic);
            step("late submit", () -> reviews.submit(TestClinic.CLIN, late, 0));
            clinic.clock.advance(Duration.ofDays(30));
            step("overdue check", () -> reviews.checkOverdue(TestClinic.ORG, clinic.clock.instant()));
            stepRun("meetings", () -> meeting(module.meetings(), clinic));
            LocalDate from = LocalDate.parse("2026-03-01");
            LocalDate to = clinic.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
            step("packet", () -> module.packets().export(TestClinic.SUP, new PacketRequest(List.of("clin"), from, to,
                    null, null), PacketOptions.defaults(), temp.resolve("packet.pdf")));
            step("fhir review", () -> module.fhir().review(TestClinic.SUP, note, IdentityMode.CODED,
                    FhirBundleType.COLLECTION));
            step("fhir period", () -> module.fhir().period(TestClinic.SUP, new PacketRequest(List.of("clin"), from, to,
                    null, null), IdentityMode.CODED, FhirBundleType.COLLECTION));
            step("fhir packet", () -> module.fhir().packet(TestClinic.SUP, new PacketRequest(List.of("clin"), from, to,
                    null, null), PacketOptions.defaults(), temp.resolve("fhir.pdf"), FhirBundleType.COLLECTION));
            step("licensure", () -> module.licensure().check(TestClinic.SUP, "clin", "sup", from, to, ZoneOffset.UTC,
                    Locale.ENGLISH));
            step("board csv", () -> module.licensure().boardCsv(TestClinic.SUP, "clin", "sup", from, to,
                    ZoneOffset.UTC));
            step("signatures", () -> module.signatures().ofNote(TestClinic.SUP, note));
            step("meeting signatures", () -> module.meetings().list(TestClinic.SUP, from, to).stream()
                    .map(m -> module.signatures().ofMeeting(TestClinic.SUP, m.id())).toList());
            step("billing", () -> module.billing().readiness(TestClinic.SUP, note));
            step("policy", () -> module.policies().update(TestClinic.ADMIN, module.policies().defaultsJson(),
                    module.policies().current(TestClinic.ADMIN).version()));
            step("host event", () -> {
                module.audit().record(new HostAuditEntry(TestClinic.ORG, "clin", AuditAction.SIGN_IN, "session",
                        "user", "clin", null));
                return null;
            });
            step("report", () -> module.audit().report(TestClinic.ADMIN, AuditQuery.period(
                    TestClinic.START.minus(Duration.ofDays(1)), clinic.clock.instant().plus(Duration.ofDays(1)))));
            step("checkpoint", () -> module.audit().checkpoint(TestClinic.ADMIN));
            step("verify", () -> module.audit().verify(TestClinic.ADMIN));
            step("deliver", () -> module.deliverPendingEvents());
            assertThat(coSigned.version()).isPositive();
        }
        // A second start reads what the first left: key check, pending events, anchors.
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic)) {
            step("restart verify", () -> module.audit().verify(TestClinic.ADMIN));
        }
    }

    private static String documented(SupervisionModule module, TestClinic clinic) {
        String note = clinic.undocumentedNote(TestClinic.CLIN);
        var host = clinic.noteOf(note);
        module.disclosures().save(TestClinic.CLIN, new SaveSection(note, host.clientId(), host.clinicianId(),
                host.sessionDate(), 0, "{\"noSelfDisclosure\":true}"));
        return note;
    }

    private void meeting(Meetings meetings, TestClinic clinic) {
        Meeting planned = meetings.plan(TestClinic.SUP, new MeetingPlan(List.of("clin"),
                clinic.clock.instant().plus(Duration.ofHours(2)), 60, MeetingFormat.INDIVIDUAL, Modality.VIDEO));
        Meeting proposed = meetings.proposeAgenda(TestClinic.SUP, planned.id(), planned.version());
        Meeting topic = meetings.addFreeTopic(TestClinic.SUP, planned.id(), proposed.version(), "boundaries");
        Meeting second = meetings.addFreeTopic(TestClinic.SUP, planned.id(), topic.version(), "self-care");
        List<String> order = new ArrayList<>(second.agenda().stream().map(a -> a.id()).toList());
        java.util.Collections.reverse(order);
        Meeting reordered = meetings.reorderAgenda(TestClinic.SUP, planned.id(), second.version(), order);
        Meeting removed = meetings.removeAgendaItem(TestClinic.SUP, planned.id(), reordered.version(),
                reordered.agenda().get(0).id());
        Meeting attended = meetings.recordAttendance(TestClinic.SUP, planned.id(), removed.version(),
                Map.of("clin", org.casenotes.supervision.api.meeting.Attendance.PRESENT));
        clinic.clock.advance(Duration.ofHours(4));
        Meeting held = meetings.markHeld(TestClinic.SUP, planned.id(), attended.version());
        List<ItemNotes> items = held.agenda().stream().map(item -> new ItemNotes(item.id(), "notes", "notes")).toList();
        Meeting written = meetings.writeCaseNotes(TestClinic.SUP, planned.id(), held.version(),
                new CaseNotes(items, "overall"));
        Meeting acted = meetings.addActionItem(TestClinic.SUP, planned.id(), written.version(),
                new NewActionItem("read", "clin", LocalDate.parse("2026-04-20")));
        Meeting two = meetings.addActionItem(TestClinic.SUP, planned.id(), acted.version(),
                new NewActionItem("write", "clin", LocalDate.parse("2026-04-20")));
        Meeting completed = meetings.completeActionItem(TestClinic.SUP, planned.id(), two.version(),
                two.actionItems().get(0).id());
        step("own item", () -> meetings.markOwnActionItemDone(TestClinic.CLIN, two.actionItems().get(1).id()));
        Meeting signed = meetings.sign(TestClinic.SUP, planned.id(), completed.version());
        step("meeting addendum", () -> meetings.addAddendum(TestClinic.SUP, signed.id(), "later"));
        step("view", () -> meetings.view(TestClinic.SUP, planned.id()));
        step("view as supervisee", () -> meetings.view(TestClinic.CLIN, planned.id()));
        step("list", () -> meetings.list(TestClinic.SUP, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")));
        step("hours", () -> meetings.hours(TestClinic.SUP, "clin", LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"), ZoneOffset.UTC));
        step("hours csv", () -> meetings.hoursCsv(TestClinic.SUP, "clin", LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"), ZoneOffset.UTC));
        step("refused meeting", () -> meetings.view(TestClinic.FOREIGN, planned.id()));
    }

    private void step(String name, Supplier<?> action) {
        try {
            action.get();
            attempts.add(name);
        } catch (SupervisionException e) {
            attempts.add(name + " (" + e.code() + ")");
        }
    }

    private void stepRun(String name, Runnable action) {
        step(name, () -> {
            action.run();
            return null;
        });
    }
}
