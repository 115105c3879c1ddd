package lat.faro.insight;

/** A previewed file waiting for its importer's confirmation, found again by its token. */
public record PendingImport(String token, boolean replace, ImportPreview preview) {
}
