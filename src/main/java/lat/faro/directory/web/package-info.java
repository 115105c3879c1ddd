/** The directory's pages and its {@code /api/v1} endpoints. */
@NullMarked
package lat.faro.directory.web;

import org.jspecify.annotations.NullMarked;
