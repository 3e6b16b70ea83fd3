/**
 * Consultation (咨询与12348热线): consultations by channel — visits counted in batches and people, phone calls with
 * the 12348 hotline apart, online and letters (《法律援助法》第二十三条) — with their counts rolled up the
 * organisation tree; turning a consultation into an application (implements casework's {@code ApplicationSource});
 * duty lawyers (值班律师) at court, procuratorate and detention-centre workstations: rota with swaps, the duty log,
 * and applications they forward into the case process (art 39, 24 hours).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation",
		allowedDependencies = { "shared", "organisation", "provider", "casework", "eligibility" })
package cn.legalaid.consultation;
