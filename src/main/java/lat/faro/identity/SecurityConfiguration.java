package lat.faro.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import lat.faro.shared.security.Access;
import lat.faro.shared.security.GuardedPaths;
import lat.faro.shared.security.Role;
import lat.faro.shared.security.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one security chain: every path needs a fully signed-in person (password and, where
 * required, the second factor) unless a module declared it public through {@link PublicPaths}.
 * API callers get 401/403 as problem details; pages redirect to the sign-in form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** Swagger UI sets inline styles; it still runs no inline script. */
    static final String CSP_SWAGGER = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /** A request the firewall refuses (encoded slashes, path traversal...): a 400 problem on the API. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return (request, response, rejected) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.write(request, response, org.springframework.http.HttpStatus.BAD_REQUEST, "problem.status.400",
                        "identity.problem.rejected");
            } else {
                response.sendError(400);
            }
        };
    }

    /** Which sessions each person has open, so that cutting their access can end them. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the container ends a session or changes its id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> publicPaths, List<GuardedPaths> guardedPaths,
            SecurityContextRepository contexts, SignInHandlers signIn, TokenManagement tokens,
            SignInThrottle throttle, SignIns signIns, ProblemResponses problems, SessionRegistry sessionRegistry)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = path.matcher("/api/**");
        RequestMatcher swagger = path.matcher("/swagger-ui/**");
        http.securityContext(c -> c.securityContextRepository(contexts));
        http.authorizeHttpRequests(authorize -> {
            for (PublicPaths p : publicPaths) {
                for (String pattern : p.readOnly()) {
                    authorize.requestMatchers(path.matcher(HttpMethod.GET, pattern)).permitAll();
                    authorize.requestMatchers(path.matcher(HttpMethod.HEAD, pattern)).permitAll();
                }
                for (String pattern : p.anyMethod()) {
                    authorize.requestMatchers(path.matcher(pattern)).permitAll();
                }
            }
            authorize.requestMatchers(path.matcher("/login/mfa"), path.matcher("/login/mfa/**"))
                    .hasAuthority(Access.MFA_PENDING);
            for (GuardedPaths g : guardedPaths) {
                var matchers = new ArrayList<RequestMatcher>();
                for (String pattern : g.patterns()) {
                    if (g.methods().isEmpty()) {
                        matchers.add(path.matcher(pattern));
                    } else {
                        g.methods().forEach(m -> matchers.add(path.matcher(HttpMethod.valueOf(m), pattern)));
                    }
                }
                String[] roles = g.anyOf().stream().map(Role::authority).toArray(String[]::new);
                authorize.requestMatchers(matchers.toArray(RequestMatcher[]::new))
                        .access(fullySignedInWithAny(roles));
            }
            authorize.anyRequest().access(fullySignedIn());
        });
        http.formLogin(form -> form
                .loginPage("/login")
                .usernameParameter("email")
                .passwordParameter("password")
                .successHandler(signIn)
                .failureHandler(signIn)
                .permitAll());
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                .deleteCookies("JSESSIONID").permitAll());
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?expired"));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::hasBearerToken));
        http.addFilterBefore(new ApiTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SignInThrottleFilter(throttle, signIns), UsernamePasswordAuthenticationFilter.class);
        // The API answers with problem details whatever the Accept header; pages send people to sign in.
        var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(api, problems::unauthorized);
        var entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        var deniedHandlers = new LinkedHashMap<RequestMatcher, AccessDeniedHandler>();
        deniedHandlers.put(api, problems::forbidden);
        http.exceptionHandling(e -> e
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(deniedHandlers, new AccessDeniedHandlerImpl())));
        http.headers(h -> h
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                        new ContentSecurityPolicyHeaderWriter(CSP)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
                        new ContentSecurityPolicyHeaderWriter(CSP_SWAGGER)))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        return http.build();
    }

    /** Signed in with every factor the account needs: anonymous and half-signed-in sessions fail. */
    static AuthorizationManager<RequestAuthorizationContext> fullySignedIn() {
        return (authentication, context) -> new AuthorizationDecision(isFullySignedIn(authentication.get()));
    }

    /** Fully signed in and holding one of these role authorities (e.g. {@code ROLE_ADMIN}). */
    static AuthorizationManager<RequestAuthorizationContext> fullySignedInWithAny(String... roleAuthorities) {
        var wanted = java.util.Set.of(roleAuthorities);
        return (authentication, context) -> {
            var auth = authentication.get();
            boolean ok = isFullySignedIn(auth)
                    && auth.getAuthorities().stream().anyMatch(a -> wanted.contains(a.getAuthority()));
            return new AuthorizationDecision(ok);
        };
    }

    private static boolean isFullySignedIn(@org.jspecify.annotations.Nullable Authentication auth) {
        return auth != null && auth.isAuthenticated()
                && !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
                && auth.getAuthorities().stream().noneMatch(a -> Access.MFA_PENDING.equals(a.getAuthority()));
    }
}
