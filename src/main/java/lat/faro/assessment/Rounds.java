package lat.faro.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lat.faro.framework.FrameworkRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The assessment rounds. */
@Repository
class Rounds {

    private final JdbcClient jdbc;

    Rounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(RoundDraft draft, String actor, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into assessment_round (label, kind, framework_id, framework_version, programme_slug, starts_on, "
                        + "ends_on, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(draft.label(), draft.kind().name(), draft.framework().id(), draft.framework().version(),
                        draft.programmeSlug(), draft.startsOn(), draft.endsOn(), actor, Sql.at(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<RoundView> all() {
        return jdbc.sql("select * from assessment_round order by created_at desc, id desc").query(Rounds::map).list();
    }

    Optional<RoundView> find(long id) {
        return jdbc.sql("select * from assessment_round where id = ?").param(id).query(Rounds::map).optional();
    }

    Optional<RoundView> findByLabel(String label) {
        return jdbc.sql("select * from assessment_round where lower(label) = lower(?)").param(label).query(Rounds::map).optional();
    }

    static RoundView map(ResultSet rs, int row) throws SQLException {
        return new RoundView(rs.getLong("id"), rs.getString("label"), RoundKind.valueOf(rs.getString("kind")),
                new FrameworkRef(rs.getString("framework_id"), rs.getString("framework_version")),
                rs.getString("programme_slug"), Sql.date(rs, "starts_on"), Sql.date(rs, "ends_on"),
                rs.getString("created_by"), Sql.instant(rs, "created_at"));
    }
}
