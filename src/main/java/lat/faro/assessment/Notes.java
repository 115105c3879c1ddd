package lat.faro.assessment;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * What people write around the judgements: comments per factor, the workflow history,
 * consultation sessions and statements, the decision log, and the roadmap plan.
 */
@Repository
class Notes {

    private final JdbcClient jdbc;

    Notes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long addComment(long assessmentId, String factorId, String body, String author, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into factor_comment (assessment_id, factor_id, body, author, created_at) values (?, ?, ?, ?, ?)")
                .params(assessmentId, factorId, body, author, Sql.at(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<CommentView> comments(long assessmentId) {
        return jdbc.sql("select * from factor_comment where assessment_id = ? order by created_at, id").param(assessmentId)
                .query((rs, n) -> new CommentView(rs.getLong("id"), rs.getString("factor_id"), rs.getString("body"),
                        rs.getString("author"), Sql.instant(rs, "created_at")))
                .list();
    }

    void addTransition(long assessmentId, @Nullable AssessmentStatus from, AssessmentStatus to, @Nullable String note,
            String actor, Instant at) {
        jdbc.sql("insert into assessment_transition (assessment_id, from_status, to_status, note, actor, happened_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(assessmentId, from == null ? null : from.name(), to.name(), note, actor, Sql.at(at)).update();
    }

    List<TransitionView> transitions(long assessmentId) {
        return jdbc.sql("select * from assessment_transition where assessment_id = ? order by happened_at, id")
                .param(assessmentId)
                .query((rs, n) -> new TransitionView(
                        rs.getString("from_status") == null ? null : AssessmentStatus.valueOf(rs.getString("from_status")),
                        AssessmentStatus.valueOf(rs.getString("to_status")), rs.getString("note"), rs.getString("actor"),
                        Sql.instant(rs, "happened_at")))
                .list();
    }

    long addSession(long assessmentId, java.time.LocalDate heldOn, String title, Set<Cluster> clusters,
            @Nullable String notes, String actor, Instant at) {
        var keys = new GeneratedKeyHolder();
        String list = clusters.stream().sorted().map(Cluster::name).collect(Collectors.joining(","));
        jdbc.sql("insert into consultation_session (assessment_id, held_on, title, clusters, notes, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(assessmentId, heldOn, title, list, notes, actor, Sql.at(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    long addStatement(long sessionId, Cluster cluster, String elementId, String body, boolean divergent) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into consultation_statement (session_id, cluster, element_id, body, divergent) values (?, ?, ?, ?, ?)")
                .params(sessionId, cluster.name(), elementId, body, divergent).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<ConsultationView> consultations(long assessmentId) {
        Map<Long, List<ConsultationView.Statement>> statements = new LinkedHashMap<>();
        jdbc.sql("select s.* from consultation_statement s join consultation_session c on c.id = s.session_id "
                        + "where c.assessment_id = ? order by s.id")
                .param(assessmentId)
                .query(rs -> {
                    statements.computeIfAbsent(rs.getLong("session_id"), k -> new java.util.ArrayList<>())
                            .add(new ConsultationView.Statement(rs.getLong("id"), Cluster.valueOf(rs.getString("cluster")),
                                    rs.getString("element_id"), rs.getString("body"), rs.getBoolean("divergent")));
                });
        return jdbc.sql("select * from consultation_session where assessment_id = ? order by held_on, id").param(assessmentId)
                .query((rs, n) -> new ConsultationView(rs.getLong("id"), Sql.date(rs, "held_on"), rs.getString("title"),
                        clusters(rs.getString("clusters")), rs.getString("notes"),
                        statements.getOrDefault(rs.getLong("id"), List.of()), rs.getString("recorded_by"),
                        Sql.instant(rs, "recorded_at")))
                .list();
    }

    static Set<Cluster> clusters(String list) {
        Set<Cluster> result = EnumSet.noneOf(Cluster.class);
        Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).map(Cluster::valueOf).forEach(result::add);
        return result;
    }

    long addDecision(long assessmentId, String elementId, String question, String views, String rationale, String actor,
            Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision (assessment_id, element_id, question, views, rationale, decided_by, decided_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(assessmentId, elementId, question, views, rationale, actor, Sql.at(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<DecisionView> decisions(long assessmentId) {
        return jdbc.sql("select * from decision where assessment_id = ? order by decided_at, id").param(assessmentId)
                .query((rs, n) -> new DecisionView(rs.getLong("id"), rs.getString("element_id"), rs.getString("question"),
                        rs.getString("views"), rs.getString("rationale"), rs.getString("decided_by"),
                        Sql.instant(rs, "decided_at")))
                .list();
    }

    /** The roadmap plan by indicator: priority, owner, target date. */
    record Plan(String indicatorId, Priority priority, @Nullable String owner, java.time.@Nullable LocalDate targetDate,
            String updatedBy, Instant updatedAt) {
    }

    Map<String, Plan> plans(long assessmentId) {
        Map<String, Plan> result = new LinkedHashMap<>();
        jdbc.sql("select * from roadmap_action where assessment_id = ?").param(assessmentId)
                .query((rs, n) -> new Plan(rs.getString("indicator_id"), Priority.valueOf(rs.getString("priority")),
                        rs.getString("owner"), Sql.date(rs, "target_date"), rs.getString("updated_by"),
                        Sql.instant(rs, "updated_at")))
                .list().forEach(p -> result.put(p.indicatorId(), p));
        return result;
    }

    void setPlan(long assessmentId, Plan plan) {
        int updated = jdbc.sql("update roadmap_action set priority = ?, owner = ?, target_date = ?, updated_by = ?, updated_at = ? "
                        + "where assessment_id = ? and indicator_id = ?")
                .params(plan.priority().name(), plan.owner(), plan.targetDate(), plan.updatedBy(), Sql.at(plan.updatedAt()),
                        assessmentId, plan.indicatorId())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into roadmap_action (assessment_id, indicator_id, priority, owner, target_date, updated_by, updated_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(assessmentId, plan.indicatorId(), plan.priority().name(), plan.owner(), plan.targetDate(),
                            plan.updatedBy(), Sql.at(plan.updatedAt()))
                    .update();
        }
    }
}
