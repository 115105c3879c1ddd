package lat.faro.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** The member states. */
interface Countries extends ListCrudRepository<Country, String> {

    Optional<Country> findByIso3(String iso3);

    List<Country> findAllByOrderByIso2();
}
