package lat.faro.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Enumeration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the page language: the person's choice (a cookie, which the identity module also sets
 * from the saved preference at sign-in), else the browser's first supported language, else
 * Spanish.
 */
@Component("localeResolver")
public class LanguageResolver implements LocaleResolver {

    public static final String COOKIE = "faro_lang";
    /** Session attribute: the language a visitor picked in the switcher before signing in. */
    static final String CHOSEN_BEFORE_SIGN_IN = LanguageResolver.class.getName() + ".chosenBeforeSignIn";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object chosen = request.getAttribute(COOKIE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                Locale l = COOKIE.equals(c.getName()) ? Languages.match(c.getValue()) : null;
                if (l != null) {
                    return l;
                }
            }
        }
        // Only a real Accept-Language header counts: without one the container reports its own locale.
        Enumeration<Locale> accepted = request.getHeader("Accept-Language") == null
                ? java.util.Collections.emptyEnumeration() : request.getLocales();
        while (accepted.hasMoreElements()) {
            Locale l = Languages.match(accepted.nextElement().toLanguageTag());
            if (l != null) {
                return l;
            }
        }
        return Languages.DEFAULT;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        Locale l = locale == null ? Languages.DEFAULT : Languages.match(locale.toLanguageTag());
        if (l == null) {
            l = Languages.DEFAULT;
        }
        request.setAttribute(COOKIE, l);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, l.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    /**
     * Notes the language a visitor picked before signing in. The note lives in the session, which
     * sign-out ends, so it never passes to the next person on a shared computer.
     */
    public void rememberChoiceBeforeSignIn(HttpServletRequest request, Locale locale) {
        request.getSession().setAttribute(CHOSEN_BEFORE_SIGN_IN, locale);
    }

    /** The language picked in this session before signing in, if any; taking it clears the note. */
    public @Nullable Locale takeChoiceBeforeSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object chosen = session.getAttribute(CHOSEN_BEFORE_SIGN_IN);
        session.removeAttribute(CHOSEN_BEFORE_SIGN_IN);
        return chosen instanceof Locale locale ? locale : null;
    }
}
