package cn.legalaid.provider;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** A practitioner's place on a centre's published roster (名册), part of the {@link Practitioner} aggregate. */
@Table("roster_entry")
record RosterEntry(Long centreUnitId, Instant listedAt) {
}
