package lat.faro.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The judgements, one per assessment and indicator, each with its own version against lost updates. */
@Repository
class Judgements {

    private final JdbcClient jdbc;

    Judgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, JudgementView> of(long assessmentId) {
        Map<String, JudgementView> result = new LinkedHashMap<>();
        jdbc.sql("select * from judgement where assessment_id = ?").param(assessmentId).query(Judgements::map).list()
                .forEach(j -> result.put(j.indicatorId(), j));
        return result;
    }

    Optional<JudgementView> find(long assessmentId, String indicatorId) {
        return jdbc.sql("select * from judgement where assessment_id = ? and indicator_id = ?")
                .params(assessmentId, indicatorId).query(Judgements::map).optional();
    }

    void insert(long assessmentId, JudgementView j) {
        jdbc.sql("insert into judgement (assessment_id, indicator_id, outcome, tier, rationale, na_reason, carried_over, "
                        + "recorded_by, recorded_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(assessmentId, j.indicatorId(), j.outcome().name(), j.tier(), j.rationale(), j.notApplicableReason(),
                        j.carriedOver(), j.recordedBy(), Sql.at(j.recordedAt()), j.version())
                .update();
    }

    /** Saves over the version the writer saw; false when someone saved in between. */
    boolean update(long assessmentId, String indicatorId, long expectedVersion, Outcome outcome, @Nullable Integer tier,
            @Nullable String rationale, @Nullable String naReason, String actor, Instant at) {
        return jdbc.sql("update judgement set outcome = ?, tier = ?, rationale = ?, na_reason = ?, carried_over = false, "
                        + "recorded_by = ?, recorded_at = ?, version = version + 1 "
                        + "where assessment_id = ? and indicator_id = ? and version = ?")
                .params(outcome.name(), tier, rationale, naReason, actor, Sql.at(at), assessmentId, indicatorId, expectedVersion)
                .update() == 1;
    }

    void deleteAll(long assessmentId, List<String> indicatorIds) {
        for (String id : indicatorIds) {
            jdbc.sql("delete from judgement where assessment_id = ? and indicator_id = ?").params(assessmentId, id).update();
        }
    }

    static JudgementView map(ResultSet rs, int row) throws SQLException {
        return new JudgementView(rs.getString("indicator_id"), Outcome.valueOf(rs.getString("outcome")),
                Sql.intOrNull(rs, "tier"), rs.getString("rationale"), rs.getString("na_reason"),
                rs.getBoolean("carried_over"), rs.getString("recorded_by"), Sql.instant(rs, "recorded_at"),
                rs.getLong("version"));
    }
}
