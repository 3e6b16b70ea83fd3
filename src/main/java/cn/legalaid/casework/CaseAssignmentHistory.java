package cn.legalaid.casework;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.legalaid.assignment.AdverseParty;
import cn.legalaid.assignment.AssignmentHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case history the assignment policies read: open caseloads and whom handlers act or acted for. */
@Component
class CaseAssignmentHistory implements AssignmentHistory {

	/** 在办: assigned, being handled, or with the closing file under review. */
	static final List<String> OPEN = List.of(CaseStatus.ASSIGNED.name(), CaseStatus.IN_PROGRESS.name(),
			CaseStatus.CLOSING_REVIEW.name());

	private final JdbcClient jdbc;

	CaseAssignmentHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Integer> openCaseloads(Collection<Long> practitionerIds) {
		if (practitionerIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				SELECT handling_practitioner_id AS p, count(*) AS n FROM legal_aid_case
				WHERE status IN (:open) AND handling_practitioner_id IN (:ids) GROUP BY handling_practitioner_id""")
			.param("open", OPEN)
			.param("ids", List.copyOf(practitionerIds))
			.query((rs, i) -> Map.entry(rs.getLong("p"), rs.getInt("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Override
	public List<Representation> representationsOf(List<AdverseParty> parties, Long excludedCaseId) {
		List<String> indexes = parties.stream().filter(AdverseParty::hasIdNumber).map(AdverseParty::idNumberIndex).toList();
		List<String> names = parties.stream().filter(a -> !a.hasIdNumber() && a.name() != null && !a.name().isBlank())
			.map(a -> a.name().trim()).toList();
		if (indexes.isEmpty() && names.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT c.id, c.centre_id, coalesce(c.case_number, c.application_number) AS label, c.handling_practitioner_id,
				       c.handling_provider_id, hp.provider_id AS provider_now, cp.name, cp.id_number_index
				FROM case_party cp JOIN legal_aid_case c ON c.id = cp.case_id
				LEFT JOIN practitioner hp ON hp.id = c.handling_practitioner_id
				WHERE cp.role IN ('CLIENT', 'CO_CLIENT') AND c.handling_practitioner_id IS NOT NULL
				  AND c.id <> :exclude
				  AND (cp.id_number_index IN (:indexes) OR cp.name IN (:names))
				ORDER BY c.id""")
			.param("exclude", excludedCaseId == null ? -1L : excludedCaseId)
			.param("indexes", indexes.isEmpty() ? List.of("") : indexes)
			.param("names", names.isEmpty() ? List.of("") : names)
			.query((rs, i) -> new Representation(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("label"),
					rs.getLong("handling_practitioner_id"), (Long) rs.getObject("handling_provider_id"),
					(Long) rs.getObject("provider_now"), rs.getString("name"), rs.getString("id_number_index")))
			.list();
	}
}
