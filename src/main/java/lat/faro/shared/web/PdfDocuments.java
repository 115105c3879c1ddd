package lat.faro.shared.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Lays out XHTML (reports, certificates) as PDF with openhtmltopdf, the DejaVu fonts embedded (every report
 * prints the same on any server), and writes the footer's "page n of m" in the report's language.
 */
public final class PdfDocuments {

    public static final String FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR = bytes("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = bytes("/fonts/DejaVuSans-Bold.ttf");

    static {
        // openhtmltopdf logs to its own java.util.logging console handler at INFO for every document.
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(logger -> com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING));
    }

    private PdfDocuments() {
    }

    public static byte[] render(String xhtml) {
        var out = new ByteArrayOutputStream(256 * 1024);
        try {
            new PdfRendererBuilder()
                    .useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true)
                    .withHtmlContent(xhtml, PdfDocuments.class.getResource("/templates/").toExternalForm())
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The CSS {@code content} of the footer: the words of "page {0} of {1}" in the language as
     * quoted strings around the page counters.
     */
    public static String pageContent(MessageSource messages, Locale locale) {
        String text = messages.getMessage("insight.report.pageOf", new Object[] {"\u0001", "\u0002"}, locale);
        var css = new StringBuilder();
        var literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\u0001' || c == '\u0002') {
                css.append(quoted(literal)).append(c == '\u0001' ? " counter(page) " : " counter(pages) ");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        return css.append(quoted(literal)).toString().strip();
    }

    private static String quoted(CharSequence text) {
        var out = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '<' || c == '>' || c == '&') {
                out.append(String.format("\\%06x", c)); // kept out of the markup the CSS sits in
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
    }

    public static String dataUri(byte[] png) {
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
