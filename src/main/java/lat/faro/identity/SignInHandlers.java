package lat.faro.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lat.faro.shared.web.LanguageChosen;
import lat.faro.shared.web.LanguageResolver;
import lat.faro.shared.web.SafeRedirects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * What happens after the password step: straight in, or on to the second factor (verify a code,
 * or enrol first when a role requires it). Failures are counted for lockout and throttling.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final SignIns signIns;
    private final SignInThrottle throttle;
    private final SecurityContextRepository contexts;
    private final LanguageResolver languages;
    private final ApplicationEventPublisher events;
    private final SessionRegistry sessionRegistry;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SignInHandlers(SignIns signIns, SignInThrottle throttle, SecurityContextRepository contexts, LanguageResolver languages,
                   ApplicationEventPublisher events, SessionRegistry sessionRegistry) {
        this.signIns = signIns;
        this.throttle = throttle;
        this.contexts = contexts;
        this.languages = languages;
        this.events = events;
        this.sessionRegistry = sessionRegistry;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        FaroPrincipal principal = (FaroPrincipal) authentication.getPrincipal();
        SignIns.NextStep step = signIns.afterPassword(principal.userId());
        if (step == SignIns.NextStep.DONE) {
            complete(request, response, authentication, "password");
            return;
        }
        var pending = new MfaPendingAuthentication(authentication, step);
        var context = new SecurityContextImpl(pending);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + (step == SignIns.NextStep.ENROL ? "/login/mfa/enrol" : "/login/mfa"));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof LockedException ? "locked"
                : exception instanceof DisabledException ? "disabled" : "password";
        String email = request.getParameter("email");
        signIns.failed(email == null ? "" : email, reason, request.getRemoteAddr());
        throttle.recordFailure(request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /** Finishes sign-in with the full authentication: new session id, language, saved page. */
    void complete(HttpServletRequest request, HttpServletResponse response, Authentication full, String method)
            throws IOException {
        FaroPrincipal principal = (FaroPrincipal) full.getPrincipal();
        var session = request.getSession(false);
        if (session != null) {
            String before = session.getId();
            String after = request.changeSessionId();
            // keep the registry current even where the container does not announce the change
            sessionRegistry.removeSessionInformation(before);
            sessionRegistry.registerNewSession(after, principal);
        }
        var context = new SecurityContextImpl(full);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        signIns.succeeded(principal.userId(), method, request.getRemoteAddr());
        // A language picked on the way in (e.g. on the sign-in page) wins and becomes the preference;
        // otherwise the saved preference applies, whatever an earlier visitor left in the cookie.
        var chosen = languages.takeChoiceBeforeSignIn(request);
        if (chosen != null) {
            events.publishEvent(new LanguageChosen(principal.getUsername(), chosen));
        }
        languages.setLocale(request, response, chosen != null ? chosen : signIns.preferredLocale(principal.userId()));
        var saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        String target = "/";
        if (saved != null) {
            var url = java.net.URI.create(saved.getRedirectUrl());
            target = SafeRedirects.localPath(url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
