/** Pages and the REST API of the framework library. */
@NullMarked
package lat.faro.framework.web;

import org.jspecify.annotations.NullMarked;
