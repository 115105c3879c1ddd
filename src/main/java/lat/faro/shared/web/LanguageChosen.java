package lat.faro.shared.web;

import java.util.Locale;

/** A signed-in person switched the page language; the identity module remembers it. */
public record LanguageChosen(String userName, Locale locale) {}
