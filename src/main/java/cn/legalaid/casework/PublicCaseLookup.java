package cn.legalaid.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model for the public portal: an application by its public reference ({@link PublicReference}, random, not
 * the sequential application number), and whether a phone is the client's phone on it (compared by blind index,
 * nothing decrypted).
 */
@Component
@Transactional(readOnly = true)
public class PublicCaseLookup {

	/** Timeline actions an applicant sees; everything else (closing file returned, internal steps) stays inside. */
	private static final List<String> PUBLIC_ACTIONS = List.of("受理申请", "收到通知", "一次性告知补充材料", "补充材料",
			"逾期未补充材料", "申请人撤回申请", "决定给予法律援助", "决定不予法律援助", "告知向有管辖权的机构申请", "先行提供法律援助",
			"提出异议", "异议审查", "指派承办人", "先行指派", "更换承办人", "受援人自选承办律师", "受援人申请更换承办人", "签订委托协议",
			"终止法律援助", "结案审查通过并归档");

	private static final Set<String> NO_DETAIL = Set.of("受理申请", "收到通知", "结案审查通过并归档");

	private final CaseRepository cases;

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final OrganisationDirectory organisations;

	PublicCaseLookup(CaseRepository cases, JdbcClient jdbc, PersonalDataProtector protector,
			OrganisationDirectory organisations) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.protector = protector;
		this.organisations = organisations;
	}

	/**
	 * The application number of the case with this public reference when the phone is its client's phone (blind
	 * indexes compared in constant time); empty otherwise. Only the reference finds a case here, never the
	 * sequential application number.
	 */
	public Optional<String> applicationNumberForClientPhone(String publicReference, String phone) {
		String given = protector.blindIndex(phone);
		String reference = PublicReference.normalise(publicReference);
		if (given == null || reference == null) {
			return Optional.empty();
		}
		return cases.findByPublicReference(reference)
			.filter(c -> c.getParties().stream()
				.filter(p -> p.role() == PartyRole.CLIENT)
				.findFirst()
				.map(p -> p.phoneIndex() != null && MessageDigest.isEqual(
						p.phoneIndex().getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII)))
				.orElse(false))
			.map(LegalAidCase::getApplicationNumber);
	}

	/** The case with this public reference, as the applicant may see it. */
	public Optional<PublicCaseStatus> find(String publicReference) {
		String reference = PublicReference.normalise(publicReference);
		return reference == null ? Optional.empty() : cases.findByPublicReference(reference).map(this::status);
	}

	private PublicCaseStatus status(LegalAidCase c) {
		String centreName = organisations.findById(c.getCentreId()).map(UnitRef::name).orElse("");
		CaseClock decide = c.getClocks().stream()
			.filter(k -> CaseClocks.DECIDE.equals(k.ruleCode()) && k.stoppedAt() == null)
			.findFirst()
			.orElse(null);
		Decision d = c.getDecision();
		Handling h = c.getHandling();
		return new PublicCaseStatus(c.getId(), c.getVersion(), c.getApplicationNumber(), c.getPublicReference(),
				c.getCaseNumber(),
				c.getCentreId(), centreName, c.getStatus(), c.getReceivedAt(),
				decide == null || decide.pausedAt() != null ? null : decide.dueAt(),
				decide != null && decide.pausedAt() != null, c.getMaterialsReceived(),
				c.getStatus() == CaseStatus.AWAITING_MATERIALS ? c.getMissingMaterials() : List.of(),
				d == null ? null : d.granted(), d == null ? null : d.reasons(), d == null ? null : d.basis(),
				h == null ? null : h.practitionerName(), h == null ? null : h.providerName(),
				h == null ? null : h.agreementSignedAt(), c.getPreferredPractitionerName(), c.getHandlerChangeRequest(),
				steps(c.getId()));
	}

	private List<PublicCaseStatus.Step> steps(Long caseId) {
		return jdbc.sql("SELECT occurred_at, action, reason, basis FROM case_event WHERE case_id = :id ORDER BY id")
			.param("id", caseId)
			.query((rs, i) -> {
				String action = rs.getString("action");
				Instant at = rs.getTimestamp("occurred_at").toInstant();
				return new PublicCaseStatus.Step(at, action, NO_DETAIL.contains(action) ? null : rs.getString("reason"),
						rs.getString("basis"));
			})
			.list()
			.stream()
			.filter(s -> PUBLIC_ACTIONS.stream().anyMatch(s.label()::startsWith))
			.toList();
	}
}
