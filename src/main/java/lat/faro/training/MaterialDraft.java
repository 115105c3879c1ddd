package lat.faro.training;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What describes a material, as staff or a trainer write it.
 *
 * @param titles   language (es, en, pt, fr) → title; Spanish required, the others optional
 * @param language the language the material itself is in (es, en, pt, fr), or null
 * @param audience who may see it; required
 */
public record MaterialDraft(Map<String, String> titles, @Nullable String language, MaterialView.@Nullable Audience audience) {

    public MaterialDraft {
        var kept = new java.util.HashMap<String, String>();
        titles.forEach((lang, title) -> {
            if (lang != null && title != null) {
                kept.put(lang, title);
            }
        });
        titles = Map.copyOf(kept);
    }
}
