package lat.faro.identity;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** One-time set-up and invitation links. */
interface SetupTokens extends ListCrudRepository<SetupToken, Long> {

    Optional<SetupToken> findByTokenHash(String tokenHash);
}
