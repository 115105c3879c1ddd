package lat.faro.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lat.faro.shared.web.FieldProblem;
import lat.faro.shared.web.InvalidInputException;
import lat.faro.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every framework version Faro knows: the files shipped under {@code frameworks/} (read and
 * validated at start-up; an invalid shipped file stops the start) and the files admins uploaded
 * (validated before they are stored, read back from the database on any instance). Frameworks are
 * immutable once loaded; a new version is a new framework.
 */
@Service
public class FrameworkLibrary {

    private static final Logger log = LoggerFactory.getLogger(FrameworkLibrary.class);

    private final FrameworkFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<FrameworkRef, Framework> loaded = new ConcurrentHashMap<>();
    private final List<Mapping> mappings;

    FrameworkLibrary(FrameworkFiles files, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.files = files;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
        var resolver = new PathMatchingResourcePatternResolver(FrameworkLibrary.class.getClassLoader());
        for (Resource resource : resources(resolver, "classpath*:frameworks/*.yaml")) {
            var result = FrameworkReader.read(bytes(resource), Framework.Origin.SHIPPED);
            if (result.framework() == null) {
                throw new IllegalStateException("Shipped framework " + resource.getFilename() + " is invalid: " + result.problems());
            }
            loaded.put(result.framework().ref(), result.framework());
        }
        List<Mapping> found = new ArrayList<>();
        for (Resource resource : resources(resolver, "classpath*:frameworks/mappings/*.yaml")) {
            var result = MappingReader.read(bytes(resource), loaded::get);
            if (result.mapping() == null) {
                throw new IllegalStateException("Shipped mapping " + resource.getFilename() + " is invalid: " + result.problems());
            }
            found.add(result.mapping());
        }
        this.mappings = List.copyOf(found);
        log.info("Loaded {} shipped framework(s) and {} mapping(s)", loaded.size(), mappings.size());
    }

    /** Every version of every framework, ordered by id and version. */
    public List<Framework> all() {
        for (FrameworkRef ref : files.refs()) {
            find(ref);
        }
        return loaded.values().stream().sorted(Comparator.comparing(Framework::ref)).toList();
    }

    /** The latest version of each framework id. */
    public List<Framework> latestOfEach() {
        Map<String, Framework> latest = new java.util.LinkedHashMap<>();
        for (Framework f : all()) {
            latest.put(f.ref().id(), f);
        }
        return List.copyOf(latest.values());
    }

    public Optional<Framework> find(FrameworkRef ref) {
        Framework framework = loaded.get(ref);
        if (framework != null) {
            return Optional.of(framework);
        }
        return files.find(ref).map(stored -> {
            var result = FrameworkReader.read(stored.content().getBytes(StandardCharsets.UTF_8), Framework.Origin.UPLOADED);
            if (result.framework() == null) {
                throw new IllegalStateException("Stored framework " + ref + " no longer validates: " + result.problems());
            }
            loaded.put(ref, result.framework());
            return result.framework();
        });
    }

    /** The framework version, or a 404 naming it. */
    public Framework get(FrameworkRef ref) {
        return find(ref).orElseThrow(() -> new NotFoundException("framework.notFound", ref.toString()));
    }

    /** Every version of one id, oldest first. */
    public List<Framework> versions(String id) {
        return all().stream().filter(f -> f.ref().id().equals(id)).toList();
    }

    public Optional<Framework> latest(String id) {
        List<Framework> versions = versions(id);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public List<Mapping> mappings() {
        return mappings;
    }

    /** The mapping from one version to another, if one is shipped. */
    public Optional<Mapping> mapping(FrameworkRef from, FrameworkRef to) {
        return mappings.stream().filter(m -> m.from().equals(from) && m.to().equals(to)).findFirst();
    }

    /**
     * Validates a file without storing it: the framework it describes, or every problem in it.
     * Throws {@link InvalidInputException} with all the problems.
     */
    public Framework check(byte[] content) {
        var result = FrameworkReader.read(content, Framework.Origin.UPLOADED);
        if (result.framework() == null) {
            throw new InvalidInputException(result.problems());
        }
        Framework framework = result.framework();
        Framework existing = find(framework.ref()).orElse(null);
        if (existing != null && !existing.sha256().equals(framework.sha256())) {
            throw new InvalidInputException(List.of(FieldProblem.at("version", "framework.problem.versionTaken",
                    framework.ref().toString())), true);
        }
        return framework;
    }

    /**
     * Validates and stores an uploaded framework file. Uploading the very same file again changes
     * nothing; another file with a stored id and version is refused (a new version is needed).
     */
    @Transactional
    public Framework upload(byte[] content, String actor) {
        Framework framework = check(content);
        if (loaded.containsKey(framework.ref()) || files.find(framework.ref()).isPresent()) {
            return loaded.getOrDefault(framework.ref(), framework);
        }
        try {
            files.add(framework, content, actor, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(FieldProblem.at("version", "framework.problem.versionTaken",
                    framework.ref().toString())), true);
        }
        // Not cached here: should the transaction roll back, the cache would hold a framework that
        // was never stored, and uploading it again would then store nothing. find() reads it back.
        events.publishEvent(new FrameworkUploaded(framework.ref(), framework.sha256(), actor));
        return framework;
    }

    private static Resource[] resources(PathMatchingResourcePatternResolver resolver, String pattern) {
        try {
            return resolver.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
