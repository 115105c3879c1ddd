package lat.faro.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read from the directory: member states, organisations and programmes.
 * Reads only, with no authorisation of their own: callers decide what the person may see.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryQueries {

    private final Countries countries;
    private final Organisations organisations;
    private final Programmes programmes;
    /**
     * The member states change only through migrations (no code path writes them), so they are
     * read once per instance and served from memory: every page and API call needs them.
     */
    private volatile @Nullable List<CountryView> memberStates;

    DirectoryQueries(Countries countries, Organisations organisations, Programmes programmes) {
        this.countries = countries;
        this.organisations = organisations;
        this.programmes = programmes;
    }

    /** The 33 member states, ordered by alpha-2 code. */
    public List<CountryView> countries() {
        List<CountryView> loaded = memberStates;
        if (loaded == null) {
            loaded = countries.findAllByOrderByIso2().stream().map(Country::view).toList();
            memberStates = loaded;
        }
        return loaded;
    }

    /** The member state with this alpha-2 or alpha-3 code, in any case, blanks trimmed. */
    public Optional<CountryView> country(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        return switch (normalised.length()) {
            case 2 -> countries().stream().filter(c -> c.iso2().equals(normalised)).findFirst();
            case 3 -> countries().stream().filter(c -> c.iso3().equals(normalised)).findFirst();
            default -> Optional.empty();
        };
    }

    /** True when the alpha-2 code (exact, upper case) is one of the member states. */
    public boolean isMemberState(@Nullable String iso2) {
        return iso2 != null && iso2.length() == 2 && countries().stream().anyMatch(c -> c.iso2().equals(iso2));
    }

    public Optional<OrganisationView> organisation(long id) {
        return organisations.findById(id).map(Organisation::view);
    }

    /** The organisations of a member state (alpha-2), ordered by name. */
    public List<OrganisationView> organisationsIn(String iso2) {
        return organisations.findByCountryOrderByNameKey(iso2).stream().map(Organisation::view).toList();
    }

    /** Every programme, oldest first. */
    public List<ProgrammeView> programmes() {
        return programmes.findAllByOrderByStartYearAscSlugAsc().stream().map(Programme::view).toList();
    }

    public Optional<ProgrammeView> programme(@Nullable String slug) {
        if (slug == null || slug.length() > 60) {
            return Optional.empty();
        }
        return programmes.findBySlug(slug.strip()).map(Programme::view);
    }
}
