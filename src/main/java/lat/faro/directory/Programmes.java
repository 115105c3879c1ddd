package lat.faro.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** The programmes. */
interface Programmes extends ListCrudRepository<Programme, Long> {

    Optional<Programme> findBySlug(String slug);

    List<Programme> findAllByOrderByStartYearAscSlugAsc();
}
