package lat.faro.directory;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A member state's role in a programme; part of the {@link Programme} aggregate. */
@Table("programme_country")
record ProgrammeCountry(@Column("country") String country, @Column("role") ProgrammeRole role) {}
