package lat.faro.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The people known to Faro. */
interface Users extends ListCrudRepository<User, Long> {

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select count(*) from user_grant where role = 'ADMIN'")
    long countAdminGrants();

    @Query("""
            select u.* from app_user u
            where (:q = '' or lower(u.email) like :q or lower(u.display_name) like :q)
              and (:role = '' or exists (select 1 from user_grant g where g.user_id = u.id and g.role = :role))
            order by u.email
            limit :limit offset :offset""")
    List<User> search(String q, String role, int limit, long offset);

    @Query("""
            select count(*) from app_user u
            where (:q = '' or lower(u.email) like :q or lower(u.display_name) like :q)
              and (:role = '' or exists (select 1 from user_grant g where g.user_id = u.id and g.role = :role))""")
    long countSearch(String q, String role);
}
