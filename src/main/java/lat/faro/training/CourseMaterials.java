package lat.faro.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lat.faro.framework.Texts;
import lat.faro.shared.security.Access;
import lat.faro.shared.security.Role;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A course's materials, in order: files and https links. Anyone who can see the course sees its
 * public materials; those for participants only are seen by the confirmed participants of an event
 * of the course, its trainers and programme staff, and are a 404 for anyone else (their existence
 * is not revealed). Programme staff and the trainers of an event of the course add, retitle,
 * reorder and remove them. A file's type is told from its bytes; a file and its row are written
 * in one transaction, and its bytes are stored once per SHA-256.
 */
@Service
@Transactional
public class CourseMaterials {

    static final int MAX_TITLE = 200;
    static final int MAX_URL = 2000;
    static final int MAX_FILE_NAME = 200;
    static final int MAX_MATERIALS = 100;

    private final JdbcClient jdbc;
    private final Access access;
    private final Clock clock;
    private final DataSize maxSize;

    CourseMaterials(JdbcClient jdbc, Access access, Clock clock,
            @Value("${faro.training.material-max-size:25MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** The largest file accepted ({@code faro.training.material-max-size}). */
    public DataSize maxSize() {
        return maxSize;
    }

    /** Whether the current person may change the course's materials: programme staff, or a trainer of one of its events. */
    @Transactional(readOnly = true)
    public boolean canManage(long courseId) {
        if (access.programmeWide(Role.ADMIN, Role.PROGRAMME_COORDINATOR)) {
            return true;
        }
        String user = access.userName();
        return user != null && access.hasRole(Role.TRAINER) && jdbc.sql("select count(*) from training_event_trainer t "
                        + "join training_event e on e.id = t.event_id where e.course_id = ? and t.email = ?")
                .params(courseId, user.toLowerCase(Locale.ROOT)).query(Long.class).single() > 0;
    }

    /** Whether the current person sees the materials for participants too. */
    private boolean seesParticipantsMaterials(long courseId) {
        if (canManage(courseId)) {
            return true;
        }
        String user = access.userName();
        return user != null && jdbc.sql("select count(*) from training_registration r join training_event e on e.id = r.event_id "
                        + "where e.course_id = ? and r.email = ? and r.status = ?")
                .params(courseId, user.toLowerCase(Locale.ROOT), RegistrationStatus.CONFIRMED.name()).query(Long.class).single() > 0;
    }

    /** The materials the current person may see, in order; 404 when there is no such course. */
    @Transactional(readOnly = true)
    public List<MaterialView> visible(long courseId) {
        requireCourse(courseId);
        boolean all = seesParticipantsMaterials(courseId);
        return all(courseId).stream().filter(m -> all || m.audience() == MaterialView.Audience.PUBLIC).toList();
    }

    /** One material, if the current person may see it; 404 otherwise, whether or not it exists. */
    @Transactional(readOnly = true)
    public MaterialView material(long courseId, long materialId) {
        return find(courseId, materialId)
                .filter(m -> m.audience() == MaterialView.Audience.PUBLIC || seesParticipantsMaterials(courseId))
                .orElseThrow(() -> new NotFoundException("training.material.notFound", materialId));
    }

    /** A file the current person may download; 404 for a link, or as {@link #material}. */
    @Transactional(readOnly = true)
    public MaterialView file(long courseId, long materialId) {
        MaterialView material = material(courseId, materialId);
        if (material.kind() != MaterialView.Kind.FILE) {
            throw new NotFoundException("training.material.notFound", materialId);
        }
        return material;
    }

    /** Writes a file's bytes, as read from the database, to {@code out}. Check access first with {@link #file}. */
    @Transactional(readOnly = true)
    public void copyContent(MaterialView file, OutputStream out) {
        jdbc.sql("select content from training_material_blob where sha256 = ?").param(file.sha256()).query(rs -> {
            try (InputStream in = rs.getBinaryStream(1)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Adds an uploaded file at the end of the list. 400 naming every problem: the titles, the
     * language, the audience, and the file (missing, empty, too large, of a type not accepted, or
     * whose content is not what its name says).
     */
    public MaterialView addFile(long courseId, MaterialDraft draft, @Nullable String fileName, byte @Nullable [] content) {
        String actor = allowed(courseId);
        List<FieldProblem> problems = check(draft);
        String name = null;
        MaterialFormat format = null;
        if (content == null) {
            problems.add(FieldProblem.at("file", "training.material.fileRequired"));
        } else if (content.length == 0) {
            problems.add(FieldProblem.at("file", "training.material.empty"));
        } else if (content.length > maxSize.toBytes()) {
            problems.add(FieldProblem.at("file", "training.material.tooLarge", sizeText(maxSize.toBytes())));
        } else {
            Optional<MaterialFormat> detected = MaterialTypes.sniff(content);
            if (detected.isEmpty()) {
                problems.add(FieldProblem.at("file", "training.material.type"));
            } else {
                String safe = safeName(fileName);
                String extension = extension(safe);
                Optional<MaterialFormat> named = MaterialFormat.ofExtension(extension);
                format = detected.get();
                if (named.isEmpty()) {
                    name = (safe.isEmpty() ? "material" : safe) + "." + format.extension();
                } else if (named.get() == format) {
                    name = safe;
                } else if (named.get() == MaterialFormat.ZIP && isZipContainer(format)) {
                    format = MaterialFormat.ZIP; // an office document named .zip is served as the archive it is
                    name = safe;
                } else {
                    problems.add(FieldProblem.at("file", "training.material.mismatch", extension));
                }
            }
        }
        if (!problems.isEmpty() || content == null || name == null || format == null) {
            throw new InvalidInputException(problems);
        }
        String sha256 = sha256(content);
        jdbc.sql("insert into training_material_blob (sha256, size_bytes, content) values (?, ?, ?) on conflict do nothing")
                .params(sha256, (long) content.length, content).update();
        return insert(courseId, draft, actor, MaterialView.Kind.FILE, null, name, format.contentType(), (long) content.length, sha256);
    }

    /** Adds a link at the end of the list: https only, with a host. 400 naming every problem. */
    public MaterialView addLink(long courseId, MaterialDraft draft, @Nullable String url) {
        String actor = allowed(courseId);
        List<FieldProblem> problems = check(draft);
        String link = url == null ? "" : url.strip();
        checkUrl(problems, link);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return insert(courseId, draft, actor, MaterialView.Kind.LINK, link, null, null, null, null);
    }

    /** Changes a material's titles, language and audience. */
    public MaterialView update(long courseId, long materialId, MaterialDraft draft) {
        allowed(courseId);
        MaterialView current = find(courseId, materialId)
                .orElseThrow(() -> new NotFoundException("training.material.notFound", materialId));
        List<FieldProblem> problems = check(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> t = titles(draft);
        jdbc.sql("update training_material set title_es = ?, title_en = ?, title_pt = ?, title_fr = ?, language = ?, audience = ?, "
                        + "updated_at = ? where id = ?")
                .params(t.get("es"), t.get("en"), t.get("pt"), t.get("fr"), language(draft), draft.audience().name(),
                        TrainingCatalogue.at(clock.instant()), current.id())
                .update();
        return find(courseId, materialId).orElseThrow();
    }

    /** Puts the materials in the order given, which must name each of the course's materials once. */
    public List<MaterialView> reorder(long courseId, List<Long> order) {
        allowed(courseId);
        lock(courseId);
        List<Long> ids = all(courseId).stream().map(MaterialView::id).toList();
        if (order.size() != ids.size() || !new HashSet<>(order).equals(new HashSet<>(ids))) {
            throw new InvalidInputException(List.of(FieldProblem.at("materials", "training.material.order", ids.size())));
        }
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("update training_material set position = ? where id = ?").params(i + 1, order.get(i)).update();
        }
        return all(courseId);
    }

    /** Moves a material one place up ({@code -1}) or down ({@code +1}); nothing happens at either end. */
    public List<MaterialView> move(long courseId, long materialId, int by) {
        allowed(courseId);
        lock(courseId);
        List<Long> ids = new ArrayList<>(all(courseId).stream().map(MaterialView::id).toList());
        int from = ids.indexOf(materialId);
        if (from < 0) {
            throw new NotFoundException("training.material.notFound", materialId);
        }
        int to = from + Integer.signum(by);
        if (to >= 0 && to < ids.size()) {
            ids.set(from, ids.get(to));
            ids.set(to, materialId);
        }
        return reorder(courseId, ids);
    }

    /** Removes a material; a file's bytes go too unless another material holds the same content. */
    public void remove(long courseId, long materialId) {
        allowed(courseId);
        lock(courseId);
        MaterialView material = find(courseId, materialId)
                .orElseThrow(() -> new NotFoundException("training.material.notFound", materialId));
        jdbc.sql("delete from training_material where id = ?").param(material.id()).update();
        if (material.sha256() != null) {
            jdbc.sql("delete from training_material_blob b where b.sha256 = ? "
                            + "and not exists (select 1 from training_material m where m.sha256 = b.sha256)")
                    .param(material.sha256()).update();
        }
        List<Long> rest = all(courseId).stream().map(MaterialView::id).toList();
        for (int i = 0; i < rest.size(); i++) {
            jdbc.sql("update training_material set position = ? where id = ?").params(i + 1, rest.get(i)).update();
        }
    }

    /** A size as people read it: bytes, KB or MB (1024-based), as the message arguments of one text. */
    public static String sizeText(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }

    private MaterialView insert(long courseId, MaterialDraft draft, String actor, MaterialView.Kind kind, @Nullable String url,
            @Nullable String fileName, @Nullable String contentType, @Nullable Long size, @Nullable String sha256) {
        lock(courseId);
        int count = jdbc.sql("select count(*) from training_material where course_id = ?").param(courseId).query(Integer.class).single();
        if (count >= MAX_MATERIALS) {
            throw new InvalidInputException(List.of(FieldProblem.at("materials", "training.material.tooMany", MAX_MATERIALS)), true);
        }
        Map<String, String> t = titles(draft);
        var now = TrainingCatalogue.at(clock.instant());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into training_material (course_id, position, kind, title_es, title_en, title_pt, title_fr, language, "
                        + "audience, url, file_name, content_type, size_bytes, sha256, added_by, added_at, updated_at) "
                        + "values (?, (select coalesce(max(position), 0) + 1 from training_material where course_id = ?), "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(courseId, courseId, kind.name(), t.get("es"), t.get("en"), t.get("pt"), t.get("fr"), language(draft),
                        draft.audience().name(), url, fileName, contentType, size, sha256, actor, now, now)
                .update(keys, "id");
        return find(courseId, keys.getKeyAs(Long.class)).orElseThrow();
    }

    private List<FieldProblem> check(MaterialDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.titles().getOrDefault("es", "").isBlank()) {
            problems.add(FieldProblem.at("title.es", "training.material.spanishTitle"));
        }
        draft.titles().forEach((lang, title) -> {
            if (!TrainingCatalogue.LANGUAGES.contains(lang)) {
                problems.add(FieldProblem.at("title." + lang, "training.course.language", lang));
            } else if (title.strip().length() > MAX_TITLE) {
                problems.add(FieldProblem.at("title." + lang, "training.field.tooLong", MAX_TITLE));
            }
        });
        if (draft.language() != null && !draft.language().isBlank() && !TrainingCatalogue.LANGUAGES.contains(draft.language().strip())) {
            problems.add(FieldProblem.at("language", "training.course.language", draft.language().strip()));
        }
        if (draft.audience() == null) {
            problems.add(FieldProblem.at("audience", "training.material.audienceRequired"));
        }
        return problems;
    }

    private static void checkUrl(List<FieldProblem> problems, String link) {
        if (link.isEmpty()) {
            problems.add(FieldProblem.at("url", "training.material.urlRequired"));
            return;
        }
        if (link.length() > MAX_URL) {
            problems.add(FieldProblem.at("url", "training.field.tooLong", MAX_URL));
            return;
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            problems.add(FieldProblem.at("url", "training.material.urlMalformed"));
            return;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            problems.add(FieldProblem.at("url", "training.material.urlHttps"));
        } else if (uri.getHost() == null || !uri.getHost().contains(".") || uri.getRawUserInfo() != null) {
            problems.add(FieldProblem.at("url", "training.material.urlMalformed"));
        }
    }

    private static Map<String, String> titles(MaterialDraft draft) {
        Map<String, String> titles = new HashMap<>();
        draft.titles().forEach((lang, title) -> {
            if (!title.isBlank()) {
                titles.put(lang, title.strip());
            }
        });
        return titles;
    }

    private static @Nullable String language(MaterialDraft draft) {
        return TrainingInput.blankToNull(draft.language());
    }

    private static boolean isZipContainer(MaterialFormat format) {
        return switch (format) {
            case DOCX, PPTX, XLSX, ODT, ODP, ZIP -> true;
            default -> false;
        };
    }

    /** The last part of a path, without control characters, at most {@link #MAX_FILE_NAME} characters (keeping the ending). */
    static String safeName(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        var kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_FILE_NAME) {
            String extension = extension(name);
            int keep = MAX_FILE_NAME - extension.length() - 1;
            name = extension.isEmpty() || keep < 1 ? name.substring(0, MAX_FILE_NAME) : name.substring(0, keep) + "." + extension;
        }
        return name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String allowed(long courseId) {
        requireCourse(courseId);
        if (!canManage(courseId)) {
            throw new AccessDeniedException("materials");
        }
        return String.valueOf(access.userName());
    }

    private void requireCourse(long courseId) {
        if (jdbc.sql("select count(*) from training_course where id = ?").param(courseId).query(Long.class).single() == 0) {
            throw new NotFoundException("training.course.notFound", courseId);
        }
    }

    /** Serialises the changes to one course's list (positions are computed from what is there). */
    private void lock(long courseId) {
        jdbc.sql("select id from training_course where id = ? for update").param(courseId).query(Long.class).optional();
    }

    private List<MaterialView> all(long courseId) {
        return jdbc.sql("select * from training_material where course_id = ? order by position, id").param(courseId)
                .query(CourseMaterials::map).list();
    }

    private Optional<MaterialView> find(long courseId, long materialId) {
        return jdbc.sql("select * from training_material where course_id = ? and id = ?").params(courseId, materialId)
                .query(CourseMaterials::map).optional();
    }

    private static MaterialView map(ResultSet rs, int row) throws SQLException {
        Map<String, String> titles = new HashMap<>();
        for (String lang : List.of("es", "en", "pt", "fr")) {
            String title = rs.getString("title_" + lang);
            if (title != null) {
                titles.put(lang, title);
            }
        }
        Instant addedAt = TrainingCatalogue.instant(rs, "added_at");
        return new MaterialView(rs.getLong("id"), rs.getLong("course_id"), rs.getInt("position"),
                MaterialView.Kind.valueOf(rs.getString("kind")), new Texts(titles), rs.getString("language"),
                MaterialView.Audience.valueOf(rs.getString("audience")), rs.getString("url"), rs.getString("file_name"),
                rs.getString("content_type"), (Long) rs.getObject("size_bytes", Long.class), rs.getString("sha256"),
                rs.getString("added_by"), addedAt);
    }
}
