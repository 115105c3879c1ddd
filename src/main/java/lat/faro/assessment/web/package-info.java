/** The assessment module's pages and its {@code /api/v1} endpoints. */
@NullMarked
package lat.faro.assessment.web;

import org.jspecify.annotations.NullMarked;
