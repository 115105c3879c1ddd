package lat.faro.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lays out one small PDF in the background once the application is ready, so that the first report
 * a person asks for does not also pay for loading the PDF renderer's classes and parsing the fonts
 * (about 2 s on a 2-core machine). Off with {@code faro.pdf.warm-up=false} (the tests do).
 */
@Component
@ConditionalOnProperty(name = "faro.pdf.warm-up", havingValue = "true", matchIfMissing = true)
class PdfWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("pdf-warm-up").start(() -> {
            long start = System.nanoTime();
            try {
                PdfDocuments.render("<html><head><style>body { font-family: '" + PdfDocuments.FAMILY + "'; } @page { @bottom-center "
                        + "{ content: counter(page); } }</style></head><body><h1>Faro</h1><table><tr><td><b>1</b></td><td>2</td></tr>"
                        + "</table></body></html>");
                log.debug("PDF renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("The PDF renderer could not be warmed up; the first report will be slower", e);
            }
        });
    }
}
