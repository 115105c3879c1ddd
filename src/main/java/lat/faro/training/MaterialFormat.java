package lat.faro.training;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of file a course material may be, each with the content type it is stored and served
 * as and the file name endings it goes by. Which one a file is comes from its bytes
 * ({@link MaterialTypes}), never from its name alone.
 */
public enum MaterialFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    ZIP("application/zip", "zip"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    TEXT("text/plain; charset=UTF-8", "txt");

    private final String contentType;
    private final List<String> extensions;

    MaterialFormat(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The usual ending, without the dot. */
    public String extension() {
        return extensions.getFirst();
    }

    boolean named(String extension) {
        return extensions.contains(extension);
    }

    /** The format stored with this content type, if any. */
    public static Optional<MaterialFormat> ofContentType(@Nullable String contentType) {
        return Arrays.stream(values()).filter(f -> f.contentType.equals(contentType)).findFirst();
    }

    /** The format a file name's ending stands for, if it is one of these. */
    static Optional<MaterialFormat> ofExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.named(lower)).findFirst();
    }
}
