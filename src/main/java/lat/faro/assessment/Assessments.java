package lat.faro.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lat.faro.framework.FrameworkRef;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The assessments, one row per revision. Status changes are guarded by the row's version. */
@Repository
class Assessments {

    private static final String SELECT = "select a.*, r.label as round_label, r.kind as round_kind from assessment a "
            + "join assessment_round r on r.id = a.round_id ";

    private final JdbcClient jdbc;

    Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String subjectKey(String country, @Nullable Long organisationId) {
        return organisationId == null ? country : country + ":" + organisationId;
    }

    long add(long roundId, String country, @Nullable Long organisationId, int revision, FrameworkRef framework,
            @Nullable Long previousId, @Nullable Long carriedFromId, String actor, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into assessment (round_id, country, organisation_id, subject_key, revision, framework_id, "
                        + "framework_version, status, previous_id, carried_from_id, created_by, created_at, version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, 0)")
                .params(roundId, country, organisationId, subjectKey(country, organisationId), revision, framework.id(),
                        framework.version(), previousId, carriedFromId, actor, Sql.at(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<AssessmentView> find(long id) {
        return jdbc.sql(SELECT + "where a.id = ?").param(id).query(Assessments::map).optional();
    }

    List<AssessmentView> inRound(long roundId) {
        return jdbc.sql(SELECT + "where a.round_id = ? order by a.country, a.organisation_id, a.revision")
                .param(roundId).query(Assessments::map).list();
    }

    List<AssessmentView> ofSubject(String country, @Nullable Long organisationId) {
        return jdbc.sql(SELECT + "where a.subject_key = ? order by r.created_at, r.id, a.revision")
                .param(subjectKey(country, organisationId)).query(Assessments::map).list();
    }

    List<AssessmentView> withStatus(AssessmentStatus status) {
        return jdbc.sql(SELECT + "where a.status = ? order by a.id").param(status.name()).query(Assessments::map).list();
    }

    /** Moves the status on if nobody changed the row since {@code version}; false otherwise. */
    boolean changeStatus(long id, long version, AssessmentStatus to, @Nullable Instant publishedAt) {
        return jdbc.sql("update assessment set status = ?, published_at = coalesce(?, published_at), version = version + 1 "
                        + "where id = ? and version = ?")
                .params(to.name(), publishedAt == null ? null : Sql.at(publishedAt), id, version).update() == 1;
    }

    boolean changeFramework(long id, long version, FrameworkRef to) {
        return jdbc.sql("update assessment set framework_id = ?, framework_version = ?, version = version + 1 "
                        + "where id = ? and version = ? and status = 'DRAFT'")
                .params(to.id(), to.version(), id, version).update() == 1;
    }

    static AssessmentView map(ResultSet rs, int row) throws SQLException {
        return new AssessmentView(rs.getLong("id"), rs.getLong("round_id"), rs.getString("round_label"),
                RoundKind.valueOf(rs.getString("round_kind")), rs.getString("country"), Sql.longOrNull(rs, "organisation_id"),
                rs.getInt("revision"), new FrameworkRef(rs.getString("framework_id"), rs.getString("framework_version")),
                AssessmentStatus.valueOf(rs.getString("status")), Sql.longOrNull(rs, "previous_id"),
                Sql.longOrNull(rs, "carried_from_id"), rs.getString("created_by"), Sql.instant(rs, "created_at"),
                Sql.instantOrNull(rs, "published_at"), rs.getLong("version"));
    }
}
