package lat.faro.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** The organisations. Searching with filters goes through the aggregate template in {@link OrganisationManagement}. */
interface Organisations extends ListCrudRepository<Organisation, Long> {

    Optional<Organisation> findByUniqueKey(String uniqueKey);

    List<Organisation> findByCountryOrderByNameKey(String country);
}
