/** Web plumbing shared by every page and endpoint: bundles, languages, layout model, errors. */
@NullMarked
@org.springframework.modulith.NamedInterface("web")
package lat.faro.shared.web;

import org.jspecify.annotations.NullMarked;
