package lat.faro.directory.web;

import jakarta.validation.ConstraintViolationException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lat.faro.directory.DirectoryQueries;
import lat.faro.directory.OrganisationManagement;
import lat.faro.directory.OrganisationPage;
import lat.faro.directory.OrganisationType;
import lat.faro.directory.OrganisationView;
import lat.faro.shared.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages where administrators and coordinators manage the organisations within their scope.
 * Authorisation is the service's: anything outside the person's scope ends on the 403 page.
 */
@Controller
class OrganisationPages {

    static final int PAGE_SIZE = 50;

    /** A choice in the country list: code and name in the page's language. */
    record CountryOption(String iso2, String name) {}

    private final OrganisationManagement management;
    private final DirectoryQueries directory;

    OrganisationPages(OrganisationManagement management, DirectoryQueries directory) {
        this.management = management;
        this.directory = directory;
    }

    @GetMapping("/organisations/manage")
    String list(@RequestParam(name = "country", required = false) @Nullable String country,
            @RequestParam(name = "type", required = false) @Nullable OrganisationType type,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model, Locale locale) {
        OrganisationPage result = management.search(country, type, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("country", country == null ? "" : country.strip().toUpperCase(Locale.ROOT));
        model.addAttribute("type", type);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("countryOptions", countryOptions(locale));
        model.addAttribute("countryNames", directory.countries().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.iso2(), c -> c.name(locale))));
        return "directory/organisations";
    }

    @GetMapping("/organisations/manage/new")
    String newForm(Model model, Locale locale) {
        requireManager();
        return form(new OrganisationForm(), null, model, locale);
    }

    @PostMapping("/organisations/manage/new")
    String create(@ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        requireManager();
        if (!errors.hasErrors()) {
            try {
                OrganisationView created = management.create(form.draft());
                return saved(redirect, "directory.organisation.created", created);
            } catch (ConstraintViolationException | InvalidFieldException e) {
                reject(errors, e);
            }
        }
        return form(form, null, model, locale);
    }

    @GetMapping("/organisations/manage/{id}")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        return form(OrganisationForm.of(management.get(id)), id, model, locale);
    }

    @PostMapping("/organisations/manage/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        management.get(id); // refuses outside the person's scope before anything is checked
        if (!errors.hasErrors()) {
            try {
                OrganisationView updated = management.update(id, form.draft());
                return saved(redirect, "directory.organisation.updated", updated);
            } catch (ConstraintViolationException | InvalidFieldException e) {
                reject(errors, e);
            }
        }
        return form(form, id, model, locale);
    }

    @PostMapping("/organisations/manage/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        OrganisationView removed = management.get(id);
        management.remove(id);
        return saved(redirect, "directory.organisation.removed", removed);
    }

    private void requireManager() {
        if (!management.mayManageAny()) {
            throw new AccessDeniedException("may not manage organisations");
        }
    }

    private String form(OrganisationForm form, @Nullable Long id, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("countryOptions", countryOptions(locale));
        model.addAttribute("withoutCountry", management.mayManage(null));
        return "directory/organisation-form";
    }

    private static String saved(RedirectAttributes redirect, String noticeKey, OrganisationView organisation) {
        redirect.addFlashAttribute("noticeKey", noticeKey);
        redirect.addFlashAttribute("noticeName", organisation.name());
        return "redirect:/organisations/manage";
    }

    private static void reject(BindingResult errors, RuntimeException e) {
        if (e instanceof ConstraintViolationException violations) {
            violations.getConstraintViolations().forEach(v -> errors.rejectValue(
                    v.getPropertyPath().toString(), "invalid", v.getMessage()));
        } else if (e instanceof InvalidFieldException invalid) {
            errors.rejectValue(invalid.field(), invalid.messageCode(), invalid.args(), invalid.messageCode());
        }
    }

    private List<CountryOption> countryOptions(Locale locale) {
        List<String> manageable = management.manageableCountries();
        Collator collator = Collator.getInstance(locale);
        return directory.countries().stream()
                .filter(c -> manageable.contains(c.iso2()))
                .map(c -> new CountryOption(c.iso2(), c.name(locale)))
                .sorted(Comparator.comparing(CountryOption::name, collator))
                .toList();
    }
}
