/**
 * The directory: the region's member states, the organisations that take part (ministries and
 * agencies, regional organisations, donors, academia...) and the programmes that bind them.
 * Other modules read it through {@link lat.faro.directory.DirectoryQueries}; it depends only on
 * {@code shared}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Directory", allowedDependencies = {"shared", "shared :: security", "shared :: web"})
package lat.faro.directory;

import org.jspecify.annotations.NullMarked;
