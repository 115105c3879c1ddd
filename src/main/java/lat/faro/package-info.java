/** Faro's application root. */
@NullMarked
package lat.faro;

import org.jspecify.annotations.NullMarked;
