package lat.faro.training.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import lat.faro.training.CourseMaterials;
import lat.faro.training.MaterialView;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/** How a material's file is sent: as an attachment with a safe name, its stored type, nosniff and its SHA-256 as ETag. */
final class MaterialDownloads {

    private MaterialDownloads() {
    }

    static void send(CourseMaterials materials, MaterialView file, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String etag = "\"" + file.sha256() + "\"";
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Opened anyway (a PDF viewer, a text file): no script, no same-origin, no forms.
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader(HttpHeaders.CACHE_CONTROL, file.audience() == MaterialView.Audience.PUBLIC
                ? "public, max-age=0, must-revalidate" : "private, no-cache");
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(String.valueOf(file.fileName())));
        response.setContentLengthLong(file.sizeBytes() == null ? -1 : file.sizeBytes());
        materials.copyContent(file, response.getOutputStream());
    }

    /**
     * {@code attachment} with an ASCII fallback {@code filename} and the exact name as RFC 5987
     * {@code filename*} (RFC 6266), so that no name can break out of the header or choose a path.
     */
    static String attachment(String fileName) {
        var ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '/' && c != ';' && c != '%' ? c : '_');
        }
        var encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
