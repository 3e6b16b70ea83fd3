/**
 * Public portal (网上申请): a person applies for legal aid online without a staff account — an early scope check
 * (QuickCheck, art 32 matters without a means test), the guided application form with the honesty pledge (art 41)
 * and uploaded materials, a printable receipt (art 43: decision within 7 working days), and following the
 * application with a one-time code sent to the client's phone: status, public timeline, the handler's progress
 * reports, the applicant's choice of lawyer from the centre's roster (点援制) and a request for another handler
 * (art 55). Every public endpoint is rate limited through the database so that all nodes share the counts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal",
		allowedDependencies = { "shared", "organisation", "provider", "eligibility", "casework", "quality" })
package cn.legalaid.portal;
