package lat.faro.directory;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation taking part in the region's programmes. Its name is unique, ignoring case and
 * repeated blanks, within its country (or among the organisations without one).
 */
@Table("organisation")
class Organisation {

    @Id
    @Column("id")
    private @Nullable Long id;
    @Version
    @Column("version")
    private @Nullable Long version;
    @Column("name")
    private String name;
    @Column("acronym")
    private @Nullable String acronym;
    @Column("type")
    private OrganisationType type;
    @Column("country")
    private @Nullable String country;
    @Column("website")
    private @Nullable String website;
    @Column("contact_email")
    private @Nullable String contactEmail;
    @Column("name_key")
    private String nameKey;
    @Column("unique_key")
    private String uniqueKey;

    @PersistenceCreator
    Organisation(@Nullable Long id, @Nullable Long version, String name, @Nullable String acronym,
            OrganisationType type, @Nullable String country, @Nullable String website,
            @Nullable String contactEmail, String nameKey, String uniqueKey) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.acronym = acronym;
        this.type = type;
        this.country = country;
        this.website = website;
        this.contactEmail = contactEmail;
        this.nameKey = nameKey;
        this.uniqueKey = uniqueKey;
    }

    /** A new organisation from a draft that has passed validation and normalisation. */
    static Organisation create(OrganisationDraft draft) {
        var organisation = new Organisation(null, null, draft.name(), draft.acronym(), draft.type(), draft.country(),
                draft.website(), draft.contactEmail(), "", "");
        organisation.update(draft);
        return organisation;
    }

    void update(OrganisationDraft draft) {
        this.name = draft.name();
        this.acronym = draft.acronym();
        this.type = draft.type();
        this.country = draft.country();
        this.website = draft.website();
        this.contactEmail = draft.contactEmail();
        this.nameKey = nameKey(draft.name());
        this.uniqueKey = uniqueKey(draft.country(), draft.name());
    }

    /** The name as compared for duplicates: blanks collapsed, lower case. */
    static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String uniqueKey(@Nullable String country, String name) {
        return (country == null ? "*" : country) + ":" + nameKey(name);
    }

    @Nullable Long id() {
        return id;
    }

    @Nullable String country() {
        return country;
    }

    OrganisationView view() {
        if (id == null) {
            throw new IllegalStateException("organisation not saved yet");
        }
        return new OrganisationView(id, name, type, country, acronym, website, contactEmail);
    }
}
