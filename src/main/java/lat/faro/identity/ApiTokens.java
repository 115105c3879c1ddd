package lat.faro.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Personal API tokens. */
interface ApiTokens extends ListCrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);

    /** Records use at most once a minute per token, so a busy client does not write on every call. */
    @Modifying
    @Query("update api_token set last_used_at = :now where id = :id and (last_used_at is null or last_used_at < :before)")
    int touch(long id, Instant now, Instant before);
}
