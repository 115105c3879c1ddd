package lat.faro.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Evidence items, and file contents stored once per SHA-256. */
@Repository
class EvidenceItems {

    private final JdbcClient jdbc;

    EvidenceItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EvidenceView> of(long assessmentId) {
        return jdbc.sql("select * from evidence where assessment_id = ? order by indicator_id, added_at, id")
                .param(assessmentId).query(EvidenceItems::map).list();
    }

    Optional<EvidenceView> find(long assessmentId, long evidenceId) {
        return jdbc.sql("select * from evidence where assessment_id = ? and id = ?").params(assessmentId, evidenceId)
                .query(EvidenceItems::map).optional();
    }

    /** Stores a file's bytes unless the same content is already there. */
    void storeBlob(String sha256, byte[] content) {
        boolean present = jdbc.sql("select count(*) from evidence_blob where sha256 = ?").param(sha256)
                .query(Long.class).single() > 0;
        if (!present) {
            jdbc.sql("insert into evidence_blob (sha256, size_bytes, content) values (?, ?, ?)")
                    .params(sha256, (long) content.length, content).update();
        }
    }

    Optional<byte[]> blob(String sha256) {
        return jdbc.sql("select content from evidence_blob where sha256 = ?").param(sha256)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    long add(long assessmentId, EvidenceView e) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into evidence (assessment_id, indicator_id, kind, title, url, file_name, content_type, size_bytes, "
                        + "sha256, document_date, source, confidentiality, carried_over, added_by, added_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(assessmentId, e.indicatorId(), e.kind().name(), e.title(), e.url(), e.fileName(), e.contentType(),
                        e.sizeBytes(), e.sha256(), e.documentDate(), e.source(), e.confidentiality().name(), e.carriedOver(),
                        e.addedBy(), Sql.at(e.addedAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void remove(long assessmentId, long evidenceId) {
        jdbc.sql("delete from evidence where assessment_id = ? and id = ?").params(assessmentId, evidenceId).update();
    }

    void confirm(long assessmentId, String indicatorId) {
        jdbc.sql("update evidence set carried_over = false where assessment_id = ? and indicator_id = ?")
                .params(assessmentId, indicatorId).update();
    }

    void moveOff(long assessmentId, List<String> indicatorIds) {
        for (String id : indicatorIds) {
            jdbc.sql("delete from evidence where assessment_id = ? and indicator_id = ?").params(assessmentId, id).update();
        }
    }

    static EvidenceView map(ResultSet rs, int row) throws SQLException {
        return new EvidenceView(rs.getLong("id"), rs.getString("indicator_id"), EvidenceKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("url"), rs.getString("file_name"), rs.getString("content_type"),
                Sql.longOrNull(rs, "size_bytes"), rs.getString("sha256"), Sql.date(rs, "document_date"),
                rs.getString("source"), Confidentiality.valueOf(rs.getString("confidentiality")),
                rs.getBoolean("carried_over"), rs.getString("added_by"), Sql.instant(rs, "added_at"));
    }

}
