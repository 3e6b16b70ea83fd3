package cn.legalaid.registry;

import java.time.LocalDate;

/**
 * What the user states for the whole batch: the partner body that delivered it and, for rows that leave them out,
 * the category and validity.
 */
record BatchDefaults(String sourceBody, SourceKind sourceKind, String category, LocalDate validFrom, LocalDate validTo) {
}
