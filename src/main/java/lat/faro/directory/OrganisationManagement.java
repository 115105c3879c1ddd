package lat.faro.directory;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lat.faro.shared.web.InvalidFieldException;
import lat.faro.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, changes, removes and lists organisations on behalf of the signed-in person, within
 * what that person may manage. Every change publishes an {@link OrganisationCreated},
 * {@link OrganisationUpdated} or {@link OrganisationRemoved} event in the same transaction.
 *
 * <p>Refusals: {@link org.springframework.security.access.AccessDeniedException} outside the
 * person's scope, {@link NotFoundException} for an unknown id, {@link ConstraintViolationException}
 * for a malformed draft, {@link InvalidFieldException} naming the field for an unknown country, a
 * missing country or (as a conflict) a name already taken in that country.
 */
@Service
public class OrganisationManagement {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    private final Organisations organisations;
    private final Countries countries;
    private final JdbcAggregateOperations aggregates;
    private final OrganisationPermissions permissions;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    OrganisationManagement(Organisations organisations, Countries countries, JdbcAggregateOperations aggregates,
            OrganisationPermissions permissions, Validator validator, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.countries = countries;
        this.aggregates = aggregates;
        this.permissions = permissions;
        this.validator = validator;
        this.events = events;
    }

    /** True when the person may manage organisations somewhere. */
    public boolean mayManageAny() {
        return permissions.mayManageAny();
    }

    /** True when the person may register or change organisations in this country (null: without one). */
    public boolean mayManage(@Nullable String country) {
        return permissions.mayManage(country);
    }

    /** The member states' codes in which the person may manage organisations, ordered. */
    public List<String> manageableCountries() {
        Set<String> scope = permissions.countries();
        return countries.findAllByOrderByIso2().stream()
                .map(Country::iso2)
                .filter(c -> scope.contains("*") || scope.contains(c))
                .toList();
    }

    /** The organisations the person may manage, optionally of one country and type, by name. */
    @Transactional(readOnly = true)
    public OrganisationPage search(@Nullable String country, @Nullable OrganisationType type, int page, int size) {
        permissions.requireAny();
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidFieldException.invalid("size", "directory.api.size", MAX_PAGE_SIZE);
        }
        if (page < 0 || page > 1_000_000) {
            throw InvalidFieldException.invalid("page", "directory.api.page");
        }
        Criteria criteria = Criteria.empty();
        if (type != null) {
            criteria = criteria.and(Criteria.where("type").is(type.name()));
        }
        if (country != null && !country.isBlank()) {
            String code = memberState(country);
            permissions.require(code);
            criteria = criteria.and(Criteria.where("country").is(code));
        } else {
            Criteria scope = scope();
            if (scope != null) {
                criteria = criteria.and(scope);
            }
        }
        var pageable = PageRequest.of(page, size, Sort.by("nameKey", "id"));
        List<Organisation> found = aggregates.findAll(Query.query(criteria).with(pageable), Organisation.class);
        long total = aggregates.count(Query.query(criteria), Organisation.class);
        return new OrganisationPage(found.stream().map(Organisation::view).toList(), page, size, total);
    }

    /** One organisation the person may manage. */
    @Transactional(readOnly = true)
    public OrganisationView get(long id) {
        permissions.requireAny();
        Organisation organisation = find(id);
        permissions.require(organisation.country());
        return organisation.view();
    }

    @Transactional
    public OrganisationView create(OrganisationDraft submitted) {
        permissions.requireAny();
        OrganisationDraft draft = validated(submitted);
        permissions.require(draft.country());
        requireFreeName(draft, null);
        Organisation saved = save(Organisation.create(draft), draft);
        OrganisationView view = saved.view();
        events.publishEvent(OrganisationCreated.of(view, permissions.actor()));
        return view;
    }

    @Transactional
    public OrganisationView update(long id, OrganisationDraft submitted) {
        permissions.requireAny();
        Organisation organisation = find(id);
        permissions.require(organisation.country());
        OrganisationDraft draft = validated(submitted);
        permissions.require(draft.country());
        requireFreeName(draft, id);
        organisation.update(draft);
        OrganisationView view = save(organisation, draft).view();
        events.publishEvent(OrganisationUpdated.of(view, permissions.actor()));
        return view;
    }

    @Transactional
    public void remove(long id) {
        permissions.requireAny();
        Organisation organisation = find(id);
        permissions.require(organisation.country());
        OrganisationView view = organisation.view();
        organisations.delete(organisation);
        events.publishEvent(OrganisationRemoved.of(view, permissions.actor()));
    }

    private OrganisationDraft validated(OrganisationDraft submitted) {
        OrganisationDraft draft = submitted.normalised();
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        OrganisationRules.check(draft, countries::existsById);
        return draft;
    }

    private void requireFreeName(OrganisationDraft draft, @Nullable Long self) {
        String name = draft.name() == null ? "" : draft.name();
        organisations.findByUniqueKey(Organisation.uniqueKey(draft.country(), name))
                .filter(existing -> !isSelf(existing, self))
                .ifPresent(existing -> {
                    throw duplicate(name);
                });
    }

    private static boolean isSelf(Organisation existing, @Nullable Long self) {
        return self != null && self.equals(existing.id());
    }

    private Organisation save(Organisation organisation, OrganisationDraft draft) {
        try {
            return organisations.save(organisation);
        } catch (DuplicateKeyException | DbActionExecutionException e) {
            // Two requests registered the same name at once; the unique index caught the second.
            if (e instanceof DuplicateKeyException || e.getCause() instanceof DuplicateKeyException) {
                throw duplicate(draft.name() == null ? "" : draft.name());
            }
            throw e;
        }
    }

    private static InvalidFieldException duplicate(String name) {
        return InvalidFieldException.conflict("name", "directory.organisation.name.duplicate", name);
    }

    private Organisation find(long id) {
        return organisations.findById(id)
                .orElseThrow(() -> new NotFoundException("directory.organisation.notfound", id));
    }

    private String memberState(String raw) {
        String code = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw InvalidFieldException.invalid("country", "directory.organisation.country.format");
        }
        if (!countries.existsById(code)) {
            throw InvalidFieldException.invalid("country", "directory.organisation.country.unknown", code);
        }
        return code;
    }

    /** The part of the table the person may manage, or null when that is all of it. */
    private @Nullable Criteria scope() {
        Set<String> scope = permissions.countries();
        boolean regionWide = permissions.mayManage(null);
        if (scope.contains("*") && regionWide) {
            return null;
        }
        List<String> codes = new ArrayList<>(scope);
        codes.remove("*");
        Criteria inCountries = scope.contains("*")
                ? Criteria.where("country").isNotNull()
                : Criteria.where("country").in(codes.isEmpty() ? List.of("--") : codes);
        return regionWide ? inCountries.or(Criteria.where("country").isNull()) : inCountries;
    }
}
