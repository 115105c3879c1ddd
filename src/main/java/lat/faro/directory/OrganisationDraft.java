package lat.faro.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a person submits to register or change an organisation, through the form or the API. The
 * field names are the ones error messages name. Whether the country is a member state, whether
 * the type needs one and whether the name is taken are checked by {@link OrganisationManagement}.
 *
 * @param country a member state's alpha-2 code, any case; may be empty only for the types that
 *     work across the region
 * @param website an {@code https://} address
 */
public record OrganisationDraft(
        @Schema(example = "Agencia Nacional de Ciberseguridad", maxLength = 200)
        @NotBlank(message = "{directory.organisation.name.required}")
        @Size(max = 200, message = "{directory.organisation.name.size}")
        @Pattern(regexp = NO_MARKUP, message = "{directory.organisation.name.characters}")
        @Nullable String name,

        @Schema(example = "ANC", maxLength = 30)
        @Size(max = 30, message = "{directory.organisation.acronym.size}")
        @Pattern(regexp = NO_MARKUP, message = "{directory.organisation.acronym.characters}")
        @Nullable String acronym,

        @Schema(example = "GOVERNMENT")
        @NotNull(message = "{directory.organisation.type.required}")
        @Nullable OrganisationType type,

        @Schema(example = "AR", maxLength = 2)
        @Pattern(regexp = "\\s*([A-Za-z]{2})?\\s*", message = "{directory.organisation.country.format}")
        @Nullable String country,

        @Schema(example = "https://www.example.gob.ar", maxLength = 300)
        @Size(max = 300, message = "{directory.organisation.website.size}")
        @Pattern(regexp = HTTPS_URL, message = "{directory.organisation.website.https}")
        @Nullable String website,

        @Schema(example = "contacto@example.gob.ar", maxLength = 254)
        @Size(max = 254, message = "{directory.organisation.contactEmail.size}")
        @Email(regexp = EMAIL, message = "{directory.organisation.contactEmail.invalid}")
        @Nullable String contactEmail) {

    /** No angle brackets or control characters: names are text, never markup. */
    static final String NO_MARKUP = "[^<>\\p{Cntrl}]*";
    static final String HTTPS_URL = "\\s*(https://[\\p{L}\\p{N}.-]+(:[0-9]{1,5})?([/?#][^\\s<>\"]*)?)?\\s*";
    static final String EMAIL = "\\s*([^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>.]+)?\\s*";

    /** The same draft with blanks trimmed, empty values as null and the country in upper case. */
    public OrganisationDraft normalised() {
        String code = clean(country);
        return new OrganisationDraft(clean(name), clean(acronym), type,
                code == null ? null : code.toUpperCase(Locale.ROOT), clean(website), clean(contactEmail));
    }

    private static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
