package lat.faro.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import lat.faro.framework.FrameworkRef;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Imported historic results, their batches, files waiting for confirmation, and round publications. */
@Repository
class ImportedResults {

    /** One stored result: a country's stage for an element in a round. */
    record Stored(long id, long roundId, String country, FrameworkRef framework, String elementId, int stage,
            @Nullable String source, @Nullable String note, long batchId, Instant importedAt) {
    }

    /** A file uploaded and previewed, waiting for its importer to confirm it. */
    record Pending(long id, String token, String fileName, byte[] content, String sha256, boolean replace,
            String createdBy, Instant createdAt) {
    }

    private static final int BATCH = 1000;
    private static final int[] TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.SMALLINT,
            Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE};

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ImportedResults(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    List<Stored> inRound(long roundId) {
        return jdbc.sql("select * from imported_result where round_id = ? order by country, element_id").param(roundId)
                .query(ImportedResults::map).list();
    }

    Optional<Stored> find(long roundId, String country, String elementId) {
        return jdbc.sql("select * from imported_result where round_id = ? and country = ? and element_id = ?")
                .params(roundId, country, elementId).query(ImportedResults::map).optional();
    }

    long addBatch(String fileName, String sha256, int rows, int added, int replaced, int unchanged, String actor, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into import_batch (file_name, sha256, row_count, added, replaced, unchanged, imported_by, imported_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(fileName, sha256, rows, added, replaced, unchanged, actor, at(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A result to add. */
    record New(long roundId, String country, FrameworkRef framework, String elementId, int stage, @Nullable String source,
            @Nullable String note) {
    }

    /** Adds the results in batches of statements: a file may hold tens of thousands. */
    void add(List<New> added, long batchId, String actor, Instant at) {
        OffsetDateTime when = at(at);
        List<Object[]> rows = added.stream().map(r -> new Object[] {r.roundId(), r.country(), r.framework().id(),
                r.framework().version(), r.elementId(), r.stage(), r.source(), r.note(), batchId, actor, when}).toList();
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbcTemplate.batchUpdate("insert into imported_result (round_id, country, framework_id, framework_version, element_id, "
                    + "stage, source, note, batch_id, imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + BATCH)), TYPES);
        }
    }

    void replace(long id, int stage, @Nullable String source, @Nullable String note, long batchId, String actor, Instant at) {
        jdbc.sql("update imported_result set stage = ?, source = ?, note = ?, batch_id = ?, imported_by = ?, imported_at = ? "
                        + "where id = ?")
                .params(stage, source, note, batchId, actor, at(at), id).update();
    }

    void addPending(String token, String fileName, byte[] content, String sha256, boolean replace, String actor, Instant at) {
        jdbc.sql("insert into pending_import (token, file_name, content, sha256, replace_existing, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(token, fileName, content, sha256, replace, actor, at(at)).update();
    }

    Optional<Pending> pending(String token) {
        return jdbc.sql("select * from pending_import where token = ?").param(token)
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("token"), rs.getString("file_name"),
                        rs.getBytes("content"), rs.getString("sha256"), rs.getBoolean("replace_existing"),
                        rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    int removePending(String token) {
        return jdbc.sql("delete from pending_import where token = ?").param(token).update();
    }

    int removePendingBefore(Instant cutoff) {
        return jdbc.sql("delete from pending_import where created_at < ?").param(at(cutoff)).update();
    }

    boolean isPublished(long roundId) {
        return jdbc.sql("select count(*) from imported_round_publication where round_id = ?").param(roundId)
                .query(Long.class).single() > 0;
    }

    List<Long> publishedRounds() {
        return jdbc.sql("select round_id from imported_round_publication order by round_id").query(Long.class).list();
    }

    List<Long> roundsWithResults() {
        return jdbc.sql("select distinct round_id from imported_result order by round_id").query(Long.class).list();
    }

    boolean publish(long roundId, String actor, Instant at) {
        if (isPublished(roundId)) {
            return false;
        }
        jdbc.sql("insert into imported_round_publication (round_id, published_by, published_at) values (?, ?, ?)")
                .params(roundId, actor, at(at)).update();
        return true;
    }

    static Stored map(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getLong("round_id"), rs.getString("country"),
                new FrameworkRef(rs.getString("framework_id"), rs.getString("framework_version")), rs.getString("element_id"),
                rs.getInt("stage"), rs.getString("source"), rs.getString("note"), rs.getLong("batch_id"),
                rs.getObject("imported_at", OffsetDateTime.class).toInstant());
    }
}
