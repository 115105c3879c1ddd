package lat.faro.framework;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The uploaded framework files, as uploaded. */
@Repository
class FrameworkFiles {

    /** A stored file's ref and when it came. */
    record Stored(FrameworkRef ref, String content, String sha256) {
    }

    private final JdbcClient jdbc;

    FrameworkFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FrameworkRef> refs() {
        return jdbc.sql("select framework_id, version from framework_file")
                .query((rs, n) -> new FrameworkRef(rs.getString(1), rs.getString(2))).list();
    }

    Optional<Stored> find(FrameworkRef ref) {
        return jdbc.sql("select content, sha256 from framework_file where framework_id = ? and version = ?")
                .params(ref.id(), ref.version())
                .query((rs, n) -> new Stored(ref, rs.getString(1), rs.getString(2))).optional();
    }

    void add(Framework framework, byte[] content, String actor, Instant at) {
        jdbc.sql("insert into framework_file (framework_id, version, kind, content, sha256, uploaded_by, uploaded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(framework.ref().id(), framework.ref().version(), framework.kind().fileValue(),
                        new String(content, StandardCharsets.UTF_8), framework.sha256(), actor,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }
}
