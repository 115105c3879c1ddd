package lat.faro.training;

import java.time.Instant;
import java.util.Optional;
import lat.faro.framework.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A course's material as stored: a file (with its name, type, size and SHA-256) or an https link;
 * its title per language (falling back to Spanish), the language it is written in, if given, and
 * who may see it.
 *
 * @param position its place in the course's list, from 1
 */
public record MaterialView(long id, long courseId, int position, Kind kind, Texts title, @Nullable String language,
        Audience audience, @Nullable String url, @Nullable String fileName, @Nullable String contentType,
        @Nullable Long sizeBytes, @Nullable String sha256, String addedBy, Instant addedAt) {

    /** An uploaded file, or a link to something elsewhere. */
    public enum Kind {
        FILE, LINK
    }

    /** Who sees a material: anyone who can see the course, or only the people taking or giving it. */
    public enum Audience {
        /** Everyone who can see the course, signed in or not. */
        PUBLIC,
        /** Confirmed participants of an event of the course, its trainers and programme staff. */
        PARTICIPANTS
    }

    /** The file's format; empty for a link. */
    public Optional<MaterialFormat> format() {
        return MaterialFormat.ofContentType(contentType);
    }
}
