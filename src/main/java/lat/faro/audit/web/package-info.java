/** The administrators' audit trail page and the {@code /api/v1/audit} endpoints. */
@NullMarked
package lat.faro.audit.web;

import org.jspecify.annotations.NullMarked;
