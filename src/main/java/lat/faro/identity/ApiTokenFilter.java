package lat.faro.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/} calls that carry {@code Authorization: Bearer faro_…}: a personal
 * token acts with its owner's grants, for this request only. A read-only token may only read.
 * A wrong, expired or revoked token is answered with a 401 problem, never silently ignored.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final TokenManagement tokens;
    private final ProblemResponses problems;

    ApiTokenFilter(TokenManagement tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !hasBearerToken(request) || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader("Authorization").substring(7).strip();
        var found = tokens.authenticate(secret);
        if (found.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"faro\", error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.status.401", "identity.problem.tokenInvalid");
            return;
        }
        var auth = found.get();
        if (!auth.write() && !READ_METHODS.contains(request.getMethod())) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "problem.status.403", "identity.problem.tokenReadOnly");
            return;
        }
        var principal = new FaroPrincipal(auth.user(), false);
        principal.eraseCredentials();
        var authorities = new ArrayList<GrantedAuthority>(principal.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(auth.write() ? "SCOPE_write" : "SCOPE_read"));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
