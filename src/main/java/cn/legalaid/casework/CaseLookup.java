package cn.legalaid.casework;

import java.util.List;

import cn.legalaid.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as other modules may read it, only within the actor's scope (same rule as the case screens: anything out
 * of scope is "not found"). Personal data masked, except in {@link #forOfficialDocument}.
 */
@Component
@Transactional(readOnly = true)
public class CaseLookup {

	private final CaseAccess access;

	private final CaseViews views;

	private final CaseQueries queries;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	CaseLookup(CaseAccess access, CaseViews views, CaseQueries queries,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.access = access;
		this.views = views;
		this.queries = queries;
	}

	/** The case if the actor may see it; otherwise {@link cn.legalaid.shared.NotFoundException}. */
	public CaseView view(Actor actor, Long caseId) {
		return views.of(access.load(actor, caseId));
	}

	/**
	 * The case with its parties' personal data in full, for an official document (文书) given to the person and kept
	 * in the file. Each party whose ID number, phone or address is printed is logged as a view of personal data,
	 * with the document as its purpose.
	 */
	@Transactional
	public CaseView forOfficialDocument(Actor actor, Long caseId, String documentName) {
		LegalAidCase c = access.load(actor, caseId);
		c.getParties()
			.stream()
			.filter(p -> p.idNumberCipher() != null || p.phoneCipher() != null || p.addressCipher() != null)
			.forEach(p -> jdbc.sql("""
					INSERT INTO personal_data_access (username, unit_code, case_id, party_id, fields, purpose)
					VALUES (:u, :unit, :c, :p, '身份证号码、联系电话、地址', :purpose)""")
				.param("u", actor.username())
				.param("unit", actor.unitCode())
				.param("c", caseId)
				.param("p", p.id())
				.param("purpose", "打印文书：" + documentName)
				.update());
		return views.unmasked(c);
	}

	/** Its timeline, after the same scope check. */
	public List<CaseQueries.TimelineEntry> timeline(Actor actor, Long caseId) {
		access.load(actor, caseId);
		return queries.timeline(caseId);
	}

	/** The path of the case's centre in the organisation tree (for the province of its templates). */
	public String centrePath(Actor actor, Long caseId) {
		return access.load(actor, caseId).getCentrePath();
	}
}
