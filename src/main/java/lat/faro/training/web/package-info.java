/** The training module's pages and API. */
@NullMarked
package lat.faro.training.web;

import org.jspecify.annotations.NullMarked;
