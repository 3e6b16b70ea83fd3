/**
 * Documents (文书与卷宗): official documents rendered to PDF from templates kept in the database (per type, optionally
 * per province), numbered gaplessly per centre, year and type, each print stored as a new version; materials
 * uploaded by staff and checked by content; the electronic case file (approval file and handling file) with its
 * checklist, read-only once archived and exported whole as one paginated PDF with a table of contents plus a ZIP of
 * the originals. Reads cases only through casework's scoped {@link cn.legalaid.casework.CaseLookup}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "shared", "organisation", "casework", "eligibility" })
package cn.legalaid.documents;
