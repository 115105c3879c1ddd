package lat.faro.directory.web;

import lat.faro.directory.OrganisationDraft;
import lat.faro.directory.OrganisationType;
import lat.faro.directory.OrganisationView;
import org.jspecify.annotations.Nullable;

/** The organisation form as the page binds it; the rules live in {@link OrganisationDraft}. */
public class OrganisationForm {

    private @Nullable String name;
    private @Nullable String acronym;
    private @Nullable OrganisationType type;
    private @Nullable String country;
    private @Nullable String website;
    private @Nullable String contactEmail;

    static OrganisationForm of(OrganisationView organisation) {
        var form = new OrganisationForm();
        form.name = organisation.name();
        form.acronym = organisation.acronym();
        form.type = organisation.type();
        form.country = organisation.country();
        form.website = organisation.website();
        form.contactEmail = organisation.contactEmail();
        return form;
    }

    OrganisationDraft draft() {
        return new OrganisationDraft(name, acronym, type, country, website, contactEmail);
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getAcronym() {
        return acronym;
    }

    public void setAcronym(@Nullable String acronym) {
        this.acronym = acronym;
    }

    public @Nullable OrganisationType getType() {
        return type;
    }

    public void setType(@Nullable OrganisationType type) {
        this.type = type;
    }

    public @Nullable String getCountry() {
        return country;
    }

    public void setCountry(@Nullable String country) {
        this.country = country;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
