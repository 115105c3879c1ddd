package lat.faro.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lat.faro.audit.ChainCheck.Head;
import lat.faro.audit.ChainCheck.StoredEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trail's rows. Deliberately plain JDBC rather than a Spring Data repository: entries can only
 * be inserted and read here, there is no save-over, update or delete of an entry anywhere. The
 * one row of {@code audit_head} is the only thing ever updated.
 */
@Repository
class AuditEntries {

    private static final String COLUMNS = "id, seq, occurred_at, recorded_at, action, actor, subject, details, prev_hash, hash";
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The chain head, locked until the caller's transaction ends so that appends form one line. */
    Head lockHead() {
        return jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElseThrow(() -> new IllegalStateException("audit_head has no row: the trail cannot be extended"));
    }

    /** The chain head as committed, without locking; null if its row is gone. */
    @Nullable Head head() {
        return jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(null);
    }

    /** Inserts the entry and moves the head to it; call inside the transaction that locked the head. */
    void append(ChainLink link, String hash, Instant recordedAt) {
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, recorded_at, action, actor, subject, details, prev_hash, hash)
                values (:seq, :occurredAt, :recordedAt, :action, :actor, :subject, :details, :prevHash, :hash)""")
                .param("seq", link.seq())
                .param("occurredAt", utc(link.occurredAt()))
                .param("recordedAt", utc(recordedAt))
                .param("action", link.action())
                .param("actor", link.actor())
                .param("subject", link.subject())
                .param("details", link.details())
                .param("prevHash", link.prevHash())
                .param("hash", hash)
                .update();
        jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", link.seq())
                .param("hash", hash)
                .update();
    }

    /** Up to {@code limit} entries with {@code afterSeq < seq <= uptoSeq}, in seq order. */
    List<StoredEntry> chunk(long afterSeq, long uptoSeq, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where seq > :after and seq <= :upto order by seq limit :limit")
                .param("after", afterSeq)
                .param("upto", uptoSeq)
                .param("limit", limit)
                .query((rs, n) -> new StoredEntry(rs.getLong("id"), link(rs), rs.getString("hash")))
                .list();
    }

    /** The page of entries the query asks for, newest first, with the number of matches. */
    AuditPage search(AuditQuery query) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new LinkedHashMap<String, Object>();
        if (query.actionPrefix() != null) {
            where.append(" and action like :action escape '!'");
            params.put("action", query.actionPrefix().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (query.actor() != null) {
            where.append(" and actor = :actor");
            params.put("actor", query.actor());
        }
        if (query.subject() != null) {
            where.append(" and subject = :subject");
            params.put("subject", query.subject());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        List<AuditEntry> entries = total == 0 ? List.of()
                : jdbc.sql("select " + COLUMNS + " from audit_entry" + where + " order by seq desc limit :limit offset :offset")
                        .params(params)
                        .param("limit", query.size())
                        .param("offset", (long) query.page() * query.size())
                        .query((rs, n) -> entry(rs))
                        .list();
        return new AuditPage(new ArrayList<>(entries), query.page(), query.size(), total);
    }

    private static ChainLink link(ResultSet rs) throws SQLException {
        return new ChainLink(rs.getLong("seq"), instant(rs, "occurred_at"), rs.getString("action"),
                rs.getString("actor"), rs.getString("subject"), rs.getString("details"), rs.getString("prev_hash"));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getLong("seq"), instant(rs, "occurred_at"),
                instant(rs, "recorded_at"), rs.getString("action"), rs.getString("actor"), rs.getString("subject"),
                details(rs.getString("details")), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static Map<String, String> details(String json) {
        try {
            var map = new LinkedHashMap<String, String>();
            JsonMapper.shared().readValue(json, DETAILS).forEach((k, v) -> map.put(k, v == null ? "" : v));
            return map;
        } catch (RuntimeException e) {
            // A row altered into something unreadable must still be listed; verification flags it.
            return Map.of("_unreadable", json);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
