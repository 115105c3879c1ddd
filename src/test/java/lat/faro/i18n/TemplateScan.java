package lat.faro.i18n;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Thymeleaf template as the tag soup it is and reports (1) the message keys it uses and
 * (2) user-visible text written into it instead of taken from a bundle.
 *
 * <p>A small scanner rather than an HTML parser on purpose: an HTML parser moves or drops what is
 * out of place in a full document ({@code <tr th:fragment>} outside a table, {@code <th:block>}),
 * which would put text under the wrong element. Here every element stays where it is written and
 * everything keeps its line number.
 */
final class TemplateScan {

    /** Attributes whose value a person reads or hears. */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "aria-description", "aria-roledescription", "aria-valuetext", "label", "data-confirm");
    /** Attributes that replace the body of their element (or the element itself) when rendered. */
    private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:include", "th:substituteby", "th:errors");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "param", "source", "track", "wbr");
    private static final Set<String> RAW_TEXT_ELEMENTS = Set.of("script", "style");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#[xX]\\p{XDigit}+|[A-Za-z][A-Za-z0-9]*);");
    /** Thymeleaf's inlined expressions, [[...]] and [(...)]: what they print comes from the model. */
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern LITERAL_KEY = Pattern.compile("([A-Za-z0-9_.\\-]+)\\s*(?:\\(.*\\))?", Pattern.DOTALL);
    private static final Pattern QUOTED_KEY = Pattern.compile("'([A-Za-z0-9_.\\-]+)'");
    /**
     * A page that hands parts of itself to the layout ({@code th:replace="~{shared/layout :: page(..., ~{::section})}"})
     * renders those parts: its body is not a placeholder.
     */
    private static final Pattern SELF_REFERENCE = Pattern.compile("~\\{\\s*(?:this\\s*)?::");
    private static final Pattern SUBSTITUTION_VARIABLE = Pattern.compile("[$*]\\{[^}]*}");

    private final String file;
    private final String source;
    private final int[] lineStarts;
    private final Set<String> allowedTexts;
    private final List<String> hardCoded = new ArrayList<>();
    private final List<KeyUse> keys = new ArrayList<>();

    /** A message expression found in a template; {@code pattern} is set for a partly dynamic key. */
    record KeyUse(String file, int line, String expression, String key, Pattern pattern) {

        boolean isFoundIn(Set<String> known) {
            return key != null ? known.contains(key) : known.stream().anyMatch(k -> pattern.matcher(k).matches());
        }

        String problem() {
            return file + ":" + line + ": " + expression + (key != null
                    ? " names a key that no i18n bundle defines"
                    : " matches no key of any i18n bundle");
        }
    }

    private record Element(String name, Map<String, String> attributes) {

        boolean replacesBody() {
            if (attributes.entrySet().stream().anyMatch(a -> BODY_REPLACING.contains(a.getKey())
                    && !SELF_REFERENCE.matcher(a.getValue()).find())) {
                return true;
            }
            String remove = attributes.get("th:remove");
            return remove != null && Set.of("all", "body", "all-but-first").contains(remove.strip());
        }
    }

    private TemplateScan(String file, String source, Set<String> allowedTexts) {
        this.file = file;
        // Prototype-only comment blocks <!--/*/ ... /*/--> are rendered: keep their content, blank the markers.
        this.source = source.replace("<!--/*/", "       ").replace("/*/-->", "      ");
        this.allowedTexts = allowedTexts;
        var starts = new ArrayList<Integer>();
        starts.add(0);
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Scans one template. */
    static TemplateScan of(String file, String source, Set<String> allowedTexts) {
        var scan = new TemplateScan(file, source, allowedTexts);
        scan.run();
        return scan;
    }

    /** "file:line: ..." for each piece of hard-coded user-visible text. */
    List<String> hardCodedText() {
        return hardCoded;
    }

    List<KeyUse> messageKeys() {
        return keys;
    }

    private void run() {
        Deque<Element> open = new ArrayDeque<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c != '<') {
                int end = source.indexOf('<', i);
                end = end < 0 ? n : end;
                text(i, source.substring(i, end), open);
                i = end;
            } else if (source.startsWith("<!--", i)) {
                i = skipPast(i + 4, "-->");
            } else if (source.startsWith("<![CDATA[", i)) {
                i = skipPast(i, "]]>");
            } else if (source.startsWith("<!", i) || source.startsWith("<?", i)) {
                i = skipPast(i, ">");
            } else if (source.startsWith("</", i)) {
                int end = skipPast(i, ">");
                String name = source.substring(i + 2, end - 1).strip().toLowerCase(Locale.ROOT);
                close(open, name);
                i = end;
            } else if (i + 1 < n && Character.isLetter(source.charAt(i + 1))) {
                i = startTag(i, open);
            } else {
                // a "<" that opens no tag is text
                int end = source.indexOf('<', i + 1);
                end = end < 0 ? n : end;
                text(i, source.substring(i, end), open);
                i = end;
            }
        }
    }

    private int skipPast(int from, String terminator) {
        int end = source.indexOf(terminator, from);
        return end < 0 ? source.length() : end + terminator.length();
    }

    private static void close(Deque<Element> open, String name) {
        // Close the nearest open element of that name and whatever was left open inside it.
        if (open.stream().anyMatch(e -> e.name().equals(name))) {
            while (!open.isEmpty() && !open.pop().name().equals(name)) {
                // popping unclosed inner elements
            }
        }
    }

    private int startTag(int start, Deque<Element> open) {
        int n = source.length();
        int i = start + 1;
        int nameStart = i;
        while (i < n && !Character.isWhitespace(source.charAt(i)) && source.charAt(i) != '>' && source.charAt(i) != '/') {
            i++;
        }
        String name = source.substring(nameStart, i).toLowerCase(Locale.ROOT);
        var attributes = new LinkedHashMap<String, String>();
        var attributeLines = new LinkedHashMap<String, Integer>();
        boolean selfClosing = false;
        while (i < n) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '>') {
                i++;
                break;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '>') {
                selfClosing = true;
                i += 2;
                break;
            } else if (c == '/') {
                i++;
            } else {
                int attrStart = i;
                while (i < n && !Character.isWhitespace(source.charAt(i)) && "=>".indexOf(source.charAt(i)) < 0
                        && !source.startsWith("/>", i)) {
                    i++;
                }
                String attr = source.substring(attrStart, i).toLowerCase(Locale.ROOT);
                if (attr.startsWith("data-th-")) {
                    attr = "th:" + attr.substring("data-th-".length());
                }
                int j = i;
                while (j < n && Character.isWhitespace(source.charAt(j))) {
                    j++;
                }
                String value = "";
                if (j < n && source.charAt(j) == '=') {
                    j++;
                    while (j < n && Character.isWhitespace(source.charAt(j))) {
                        j++;
                    }
                    if (j < n && (source.charAt(j) == '"' || source.charAt(j) == '\'')) {
                        char quote = source.charAt(j);
                        int end = source.indexOf(quote, j + 1);
                        end = end < 0 ? n : end;
                        value = source.substring(j + 1, end);
                        i = Math.min(n, end + 1);
                    } else {
                        int end = j;
                        while (end < n && !Character.isWhitespace(source.charAt(end)) && source.charAt(end) != '>') {
                            end++;
                        }
                        value = source.substring(j, end);
                        i = end;
                    }
                }
                attributes.putIfAbsent(attr, value);
                attributeLines.putIfAbsent(attr, lineOf(attrStart));
            }
        }
        var element = new Element(name, attributes);
        boolean hidden = Set.of("th:replace", "th:substituteby").stream()
                        .anyMatch(a -> attributes.containsKey(a) && !SELF_REFERENCE.matcher(attributes.get(a)).find())
                || "all".equals(element.attributes().getOrDefault("th:remove", "").strip())
                || open.stream().anyMatch(Element::replacesBody);
        attributeLines.forEach((attr, line) -> {
            String value = attributes.get(attr);
            if (attr.startsWith("th:")) {
                findKeys(value, line, -1);
            } else if (!hidden && isVisible(name, attr, attributes) && !hasDynamicCounterpart(attr, attributes)
                    && isWords(value)) {
                hardCoded.add(file + ":" + line + ": hard-coded " + attr + "=\"" + value.strip() + "\" on <" + name
                        + "> (use th:" + attr + "=\"#{...}\")");
            }
        });
        if (RAW_TEXT_ELEMENTS.contains(name) && !selfClosing) {
            int close = source.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
            return close < 0 ? n : skipPast(close, ">");
        }
        if (!selfClosing && !VOID_ELEMENTS.contains(name)) {
            open.push(element);
        }
        return i;
    }

    private static boolean isVisible(String element, String attribute, Map<String, String> attributes) {
        if (VISIBLE_ATTRIBUTES.contains(attribute)) {
            return true;
        }
        // the caption of an input button is its value
        return attribute.equals("value") && element.equals("input")
                && Set.of("submit", "button", "reset").contains(attributes.getOrDefault("type", "").strip().toLowerCase(Locale.ROOT));
    }

    private static boolean hasDynamicCounterpart(String attribute, Map<String, String> attributes) {
        if (attributes.containsKey("th:" + attribute)) {
            return true;
        }
        if ((attribute.equals("alt") || attribute.equals("title")) && attributes.containsKey("th:alt-title")) {
            return true;
        }
        Pattern inAttr = Pattern.compile("(^|[,\\s])" + Pattern.quote(attribute) + "\\s*=");
        return Arrays.asList("th:attr", "th:attrappend", "th:attrprepend").stream()
                .map(attributes::get)
                .anyMatch(v -> v != null && inAttr.matcher(v).find());
    }

    private void text(int start, String raw, Deque<Element> open) {
        findKeys(raw, start);
        if (!isWords(raw) || open.stream().anyMatch(Element::replacesBody)) {
            return;
        }
        int firstVisible = start;
        while (firstVisible < source.length() && Character.isWhitespace(source.charAt(firstVisible))) {
            firstVisible++;
        }
        String where = open.isEmpty() ? "outside any element" : "in <" + open.peek().name() + ">";
        hardCoded.add(file + ":" + lineOf(firstVisible) + ": hard-coded text \"" + normalise(raw) + "\" " + where
                + " (use th:text=\"#{...}\")");
    }

    /** Holds letters that a person would read, once entities, inlined expressions and allowed words are gone. */
    private boolean isWords(String raw) {
        String text = normalise(INLINED.matcher(raw).replaceAll(" "));
        if (allowedTexts.contains(text)) {
            return false;
        }
        return LETTER.matcher(ENTITY.matcher(text).replaceAll(" ")).find();
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private void findKeys(String text, int offset) {
        findKeys(text, -1, offset);
    }

    /** Message expressions in an attribute (at {@code line}) or in text starting at {@code offset}. */
    private void findKeys(String value, int line, int offset) {
        int at = value.indexOf("#{");
        while (at >= 0) {
            int depth = 0;
            int end = -1;
            for (int i = at + 1; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                return;
            }
            String expression = value.substring(at, end + 1);
            var use = keyUse(expression, value.substring(at + 2, end).strip(), offset < 0 ? line : lineOf(offset + at));
            if (use != null) {
                keys.add(use);
            }
            at = value.indexOf("#{", end);
        }
    }

    /** A literal key, a literal substitution with variables (|language.${l}|) as a pattern, or null when dynamic. */
    private KeyUse keyUse(String expression, String inside, int line) {
        Matcher literal = LITERAL_KEY.matcher(inside);
        if (literal.matches()) {
            return new KeyUse(file, line, expression, literal.group(1), null);
        }
        Matcher quoted = QUOTED_KEY.matcher(inside);
        if (quoted.matches()) {
            return new KeyUse(file, line, expression, quoted.group(1), null);
        }
        if (inside.length() > 1 && inside.startsWith("|") && inside.endsWith("|")) {
            String body = inside.substring(1, inside.length() - 1);
            var regex = new StringBuilder();
            Matcher variable = SUBSTITUTION_VARIABLE.matcher(body);
            int last = 0;
            while (variable.find()) {
                regex.append(Pattern.quote(body.substring(last, variable.start()))).append(".+");
                last = variable.end();
            }
            regex.append(Pattern.quote(body.substring(last)));
            return new KeyUse(file, line, expression, null, Pattern.compile(regex.toString()));
        }
        return null;
    }

    private int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
