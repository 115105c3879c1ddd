/** Pages and the REST API of the insight module. */
@NullMarked
package lat.faro.insight.web;

import org.jspecify.annotations.NullMarked;
